//! Participants: create, list with filters, pages and orders, update, delete.

use crate::{Api, ApiResult, ByIdArgs, ParticipantFilter, ParticipantRow, text_input};
use plenary_core::participant::{Gender, Participant, Rank, Role};
use plenary_core::protocol::ProtocolOrder;
use plenary_core::{DomainError, ErrorCode, Id, Lang};
use plenary_store::ParticipantOrder;
use serde::{Deserialize, Serialize};

/// What a form sends to create or change a participant.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct ParticipantInput {
    /// The delegation (which fixes the meeting).
    pub delegation_id: Id,
    /// Honorific before the name, free text ("HE", "Hon").
    pub honorific_prefix: Option<String>,
    /// Honorific after the name, free text.
    pub honorific_suffix: Option<String>,
    /// Given name(s).
    pub given_name: String,
    /// Family name.
    pub family_name: String,
    /// Whether the family name is displayed first.
    pub family_name_first: bool,
    /// Function in English.
    pub function_en: Option<String>,
    /// Function in French.
    pub function_fr: Option<String>,
    /// Gender, when known.
    pub gender: Option<Gender>,
    /// Email.
    pub email: Option<String>,
    /// Phone.
    pub phone: Option<String>,
    /// Preferred language.
    pub language: Option<Lang>,
    /// Rank for precedence (default: official).
    pub rank: Option<Rank>,
    /// Heads the delegation.
    pub is_head: bool,
    /// Roles at the meeting.
    pub roles: Vec<Role>,
    /// Registered on site.
    pub registered: bool,
    /// Attended.
    pub attended: bool,
    /// Badge printed.
    pub badge_printed: bool,
}

/// Arguments of `update_participant`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct UpdateParticipantArgs {
    /// The participant.
    pub participant_id: Id,
    /// The new values.
    pub input: ParticipantInput,
}

/// Arguments of `list_participants`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct ListParticipantsArgs {
    /// Which participants, and which page.
    #[serde(flatten)]
    pub filter: ParticipantFilter,
    /// `name` (family name, the default), or a delegation order as for delegations (`en`,
    /// `fr`, `protocol`, `lot:XX`), people then in precedence within their delegation.
    pub order: Option<String>,
    /// The language of the order (default: the API's language).
    pub lang: Option<Lang>,
}

/// A page of participants.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct ParticipantPage {
    /// How many match the filter in all.
    pub total: u64,
    /// This page.
    pub rows: Vec<ParticipantRow>,
}

impl ParticipantInput {
    pub(crate) fn to_participant(&self, id: Id, meeting_id: Id, existing: Option<&Participant>) -> Result<Participant, DomainError> {
        let mut function = existing.map(|p| p.function.clone()).unwrap_or_default();
        // A side left out of the form (None) keeps its text; an empty string clears it.
        text_input::apply(&mut function, self.function_en.as_deref(), self.function_fr.as_deref());
        let mut p = Participant {
            id,
            meeting_id,
            delegation_id: self.delegation_id.clone(),
            honorific_prefix: self.honorific_prefix.clone(),
            honorific_suffix: self.honorific_suffix.clone(),
            given_name: self.given_name.clone(),
            family_name: self.family_name.clone(),
            family_name_first: self.family_name_first,
            function,
            gender: self.gender,
            email: self.email.clone(),
            phone: self.phone.clone(),
            language: self.language,
            rank: self.rank.unwrap_or(Rank::Official),
            is_head: self.is_head,
            roles: self.roles.clone(),
            registered: self.registered,
            attended: self.attended,
            badge_printed: self.badge_printed,
        };
        p.validate()?;
        Ok(p)
    }
}

impl Api {
    /// A page of the participants matching a filter, in the requested order. SQLite sorts
    /// and cuts the page; only the delegation order (a few hundred delegations at most) is
    /// computed here, with the same rules as `list_delegations`.
    pub fn list_participants(&self, args: ListParticipantsArgs) -> ApiResult<ParticipantPage> {
        if let Some(search) = &args.filter.search {
            // As long as a title at most, like the header's search.
            plenary_core::limits::within("search", search, plenary_core::limits::TITLE).or_else(|e| self.fail(e))?;
        }
        let lang = args.lang.unwrap_or_else(|| self.language());
        let order = match args.order.as_deref().unwrap_or("name") {
            "name" => None,
            other => Some(ProtocolOrder::parse(other, lang).or_else(|e| self.fail(e))?),
        };
        self.read(|db| {
            db.meeting(&args.filter.meeting_id)?;
            let total = db.count_participants(&args.filter)?;
            let rows = match order {
                // By name in the language's collation (stored keys): "Ébo" sorts among the E's.
                None => db.participants_page(&args.filter, ParticipantOrder::Name(lang))?,
                Some(order) => {
                    let mut delegations = db.delegations(&args.filter.meeting_id)?;
                    crate::delegations::sort_rows(&mut delegations, &order);
                    let ids: Vec<Id> = delegations.into_iter().map(|d| d.delegation.id).collect();
                    db.participants_page(&args.filter, ParticipantOrder::Precedence { delegations: &ids, lang: order.lang() })?
                }
            };
            Ok(ParticipantPage { total, rows })
        })
    }

    /// One participant.
    pub fn get_participant(&self, args: ByIdArgs) -> ApiResult<ParticipantRow> {
        self.read(|db| db.participant(&args.id))
    }

    /// Registers a participant in a delegation. Refused: an unknown delegation, an empty
    /// family name, a text over its limit, a bad email, the same person twice in the meeting,
    /// a second head of delegation.
    pub fn create_participant(&self, input: ParticipantInput) -> ApiResult<ParticipantRow> {
        let id = self.new_id();
        self.write(|db| {
            let delegation = db.delegation(&input.delegation_id)?;
            let p = input.to_participant(id.clone(), delegation.meeting_id, None)?;
            db.save_participant(&p)?;
            db.participant(&id)
        })
    }

    /// Changes a participant, possibly moving them to another delegation of the same meeting.
    pub fn update_participant(&self, args: UpdateParticipantArgs) -> ApiResult<ParticipantRow> {
        self.write(|db| {
            let existing = db.participant(&args.participant_id)?.participant;
            let delegation = db.delegation(&args.input.delegation_id)?;
            if delegation.meeting_id != existing.meeting_id {
                return Err(DomainError::new(ErrorCode::WrongMeeting).field("delegation").detail(delegation.id.as_str()).into());
            }
            let p = args.input.to_participant(existing.id.clone(), existing.meeting_id.clone(), Some(&existing))?;
            db.save_participant(&p)?;
            db.participant(&p.id)
        })
    }

    /// Deletes a participant and their places in sessions.
    pub fn delete_participant(&self, args: ByIdArgs) -> ApiResult<()> {
        self.write(|db| db.delete_participant(&args.id))
    }
}
