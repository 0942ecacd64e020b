//! Delegations: refused forms and unknown ids, their life, and the orders of the list.

use crate::fixture::{lagos, meeting, org_delegation, organisation, person_form, register, state, state_form};
use crate::host::{host, refused};
use plenary_api::core::delegation::{Accreditation, ListingCategory, Party};
use plenary_api::core::organisation::OrgCategory;
use plenary_api::{
    ByIdArgs, DelegationInput, DelegationRow, ErrorCode, Id, Lang, ListDelegationsArgs, SearchArgs, SetCoChairsArgs,
    UpdateDelegationArgs,
};

fn unknown() -> Id {
    Id::from("00000000-0000-7000-8000-00000000d000")
}

#[test]
fn an_unknown_delegation_is_not_found() {
    let (dir, api) = host();
    let fx = lagos(&api);
    let why = "no delegation has this id";
    refused(&dir, &api, ErrorCode::NotFound, "delegation", why, |api| api.get_delegation(ByIdArgs { id: unknown() }));
    refused(&dir, &api, ErrorCode::NotFound, "delegation", why, |api| {
        api.update_delegation(UpdateDelegationArgs { delegation_id: unknown(), input: state_form(&fx.meeting, "GH") })
    });
    refused(&dir, &api, ErrorCode::NotFound, "delegation", why, |api| api.delete_delegation(ByIdArgs { id: unknown() }));
}

#[test]
fn a_delegation_form_is_refused_field_by_field() {
    let (dir, api) = host();
    let fx = lagos(&api);
    let form = || state_form(&fx.meeting, "GH");
    let cases: Vec<(ErrorCode, &str, &str, DelegationInput)> = vec![
        (ErrorCode::Invalid, "country", "XX is no ISO 3166-1 country", DelegationInput { country: Some("XX".into()), ..form() }),
        (ErrorCode::Invalid, "country", "a country is given by its code, not its name", DelegationInput { country: Some("Ghana".into()), ..form() }),
        (ErrorCode::Invalid, "country", "a delegation represents a country or an organisation, not both",
            DelegationInput { organisation_id: Some(fx.iom.clone()), ..form() }),
        (ErrorCode::Required, "country", "a delegation represents someone", DelegationInput { country: Some("  ".into()), ..form() }),
        (ErrorCode::TooLong, "display_name_en", "a display name has at most 500 characters",
            DelegationInput { display_name_en: Some("G".repeat(501)), ..form() }),
        (ErrorCode::TooLong, "credentials", "a credentials note has at most 10,000 characters",
            DelegationInput { credentials: Some("n".repeat(10_001)), ..form() }),
    ];
    for (code, field, why, input) in cases {
        refused(&dir, &api, code, field, &format!("create: {why}"), |api| api.create_delegation(input.clone()));
        refused(&dir, &api, code, field, &format!("update: {why}"), |api| {
            api.update_delegation(UpdateDelegationArgs { delegation_id: fx.nigeria.clone(), input: input.clone() })
        });
    }
    refused(&dir, &api, ErrorCode::NotFound, "organisation", "no organisation has this id", |api| {
        api.create_delegation(DelegationInput { country: None, organisation_id: Some(unknown()), ..form() })
    });
}

#[test]
fn a_country_or_organisation_has_one_delegation_per_meeting() {
    let (dir, api) = host();
    let fx = lagos(&api);
    for code in ["FR", "fr", "FRA", "250"] {
        refused(&dir, &api, ErrorCode::Duplicate, "delegation", &format!("France ({code}) already has a delegation at Lagos"), |api| {
            api.create_delegation(state_form(&fx.meeting, code))
        });
    }
    refused(&dir, &api, ErrorCode::Duplicate, "delegation", "Nigeria cannot become a second France", |api| {
        api.update_delegation(UpdateDelegationArgs { delegation_id: fx.nigeria.clone(), input: state_form(&fx.meeting, "FR") })
    });
    refused(&dir, &api, ErrorCode::Duplicate, "delegation", "IOM already has a delegation at Lagos", |api| {
        api.create_delegation(DelegationInput { country: None, organisation_id: Some(fx.iom.clone()), ..state_form(&fx.meeting, "") })
    });
    // The same country at another meeting is another delegation.
    state(&api, &fx.other_meeting, "FR");
}

#[test]
fn a_delegation_stays_in_its_meeting() {
    let (dir, api) = host();
    let fx = lagos(&api);
    refused(&dir, &api, ErrorCode::WrongMeeting, "meeting", "a delegation cannot be moved to another meeting", |api| {
        api.update_delegation(UpdateDelegationArgs { delegation_id: fx.nigeria.clone(), input: state_form(&fx.other_meeting, "NG") })
    });
}

#[test]
fn a_co_chairing_delegation_cannot_be_deleted() {
    let (dir, api) = host();
    let fx = lagos(&api);
    api.set_co_chairs(SetCoChairsArgs { meeting_id: fx.meeting.clone(), delegation_ids: vec![fx.nigeria.clone(), fx.france.clone()] })
        .expect("co-chairs set");
    refused(&dir, &api, ErrorCode::InUse, "delegation", "France co-chairs the meeting", |api| api.delete_delegation(ByIdArgs { id: fx.france.clone() }));
}

#[test]
fn a_delegation_is_created_updated_and_deleted_with_its_participants() {
    let (_dir, api) = host();
    let fx = lagos(&api);
    let created = api
        .create_delegation(DelegationInput {
            display_name_en: Some("Côte d'Ivoire".into()),
            display_name_fr: Some("Côte d'Ivoire".into()),
            ..state_form(&fx.meeting, "civ")
        })
        .expect("created from an alpha-3 code in lower case");
    assert_eq!(created.delegation.party, Party::Country("CI".into()), "the country is stored by its alpha-2 code");
    assert_eq!(created.name_fr, "Côte d'Ivoire", "the meeting's own spelling wins over the reference name");
    assert_eq!((created.listing, created.region.as_deref()), (ListingCategory::MemberState, Some("002")));

    let updated = api
        .update_delegation(UpdateDelegationArgs {
            delegation_id: created.delegation.id.clone(),
            input: DelegationInput {
                status: Accreditation::Accredited,
                credentials: Some("Note verbale received on 2 November".into()),
                ..state_form(&fx.meeting, "CI")
            },
        })
        .expect("updated");
    assert_eq!(updated.delegation.status, Accreditation::Accredited);
    assert_eq!(updated.delegation.credentials.as_deref(), Some("Note verbale received on 2 November"));
    assert_eq!(updated.name_en, "Côte d’Ivoire", "without an override the reference name (CLDR) shows");

    let konan = register(&api, person_form(&created.delegation.id, "Kouadio Jean-Baptiste", "Konan"));
    let found = api.search(SearchArgs { text: "konan".into(), meeting_id: Some(fx.meeting.clone()), limit: None, ..Default::default() }).expect("search");
    assert!(found.iter().any(|h| h.id == konan), "a new participant is searchable");
    api.delete_delegation(ByIdArgs { id: created.delegation.id.clone() }).expect("deleted");
    assert_eq!(api.get_participant(ByIdArgs { id: konan.clone() }).expect_err("gone").code, ErrorCode::NotFound, "participants go with their delegation");
    let found = api.search(SearchArgs { text: "konan".into(), meeting_id: Some(fx.meeting.clone()), limit: None, ..Default::default() }).expect("search");
    assert!(found.is_empty(), "a deleted participant is no longer found: {found:?}");
    let report = api.check().expect("check runs");
    assert!(report.ok, "the database is consistent after a delete: {:?}", report.problems);
}

/// A meeting with member states, a non-member state and organisations of every group.
fn many(api: &plenary_api::Api) -> Id {
    let m = meeting(api, "Orders", "2025-11-04", "2025-11-05", "Africa/Lagos");
    for code in ["NG", "ES", "VA", "FR", "ER", "DE", "EG"] {
        state(api, &m, code);
    }
    for (en, fr, acronym, category) in [
        ("Mixed Migration Centre", "Centre pour les migrations mixtes", "MMC", OrgCategory::Ngo),
        ("Economic Community of West African States", "Communauté économique des États de l’Afrique de l’Ouest", "ECOWAS", OrgCategory::RegionalOrganisation),
        ("International Organization for Migration", "Organisation internationale pour les migrations", "IOM", OrgCategory::RelatedOrganisation),
        ("Office of the United Nations High Commissioner for Refugees", "Haut-Commissariat des Nations Unies pour les réfugiés", "UNHCR", OrgCategory::UnBody),
        ("United Nations Office on Drugs and Crime", "Office des Nations Unies contre la drogue et le crime", "UNODC", OrgCategory::UnSecretariat),
    ] {
        let o = organisation(api, en, fr, acronym, category);
        org_delegation(api, &m, &o);
    }
    m
}

fn names(rows: &[DelegationRow], lang: Lang) -> Vec<&str> {
    rows.iter().map(|d| d.name(lang)).collect()
}

fn list(api: &plenary_api::Api, m: &Id, order: Option<&str>, lang: Option<Lang>) -> Vec<DelegationRow> {
    api.list_delegations(ListDelegationsArgs { meeting_id: m.clone(), order: order.map(str::to_owned), lang }).expect("the list of delegations")
}

#[test]
fn delegations_list_alphabetically_in_each_language() {
    let (_dir, api) = host();
    let m = many(&api);
    let en = list(&api, &m, Some("en"), None);
    assert_eq!(names(&en, Lang::En), [
        "Economic Community of West African States", "Egypt", "Eritrea", "France", "Germany", "Holy See",
        "International Organization for Migration", "Mixed Migration Centre", "Nigeria",
        "Office of the United Nations High Commissioner for Refugees", "Spain", "United Nations Office on Drugs and Crime",
    ], "`en` is plain English alphabetical order, whatever the group");
    let fr = list(&api, &m, Some("fr"), Some(Lang::En));
    assert_eq!(names(&fr, Lang::Fr), [
        "Allemagne", "Centre pour les migrations mixtes", "Communauté économique des États de l’Afrique de l’Ouest", "Égypte",
        "Érythrée", "Espagne", "France", "Haut-Commissariat des Nations Unies pour les réfugiés", "Nigeria",
        "Office des Nations Unies contre la drogue et le crime", "Organisation internationale pour les migrations", "Saint-Siège",
    ], "`fr` sorts with French collation: Égypte and Érythrée among the E's, not after Z as bytes would");
}

#[test]
fn delegations_list_in_un_protocol_order() {
    let (_dir, api) = host();
    let m = many(&api);
    let rows = list(&api, &m, Some("protocol"), Some(Lang::En));
    assert_eq!(names(&rows, Lang::En), [
        "Egypt", "Eritrea", "France", "Germany", "Nigeria", "Spain", // member states
        "Holy See", // non-member states
        "United Nations Office on Drugs and Crime", // UN Secretariat
        "Office of the United Nations High Commissioner for Refugees", // UN bodies
        "International Organization for Migration", // specialised agencies and related organisations
        "Economic Community of West African States", // intergovernmental organisations
        "Mixed Migration Centre", // NGOs last
    ], "protocol: states, then UN bodies, agencies, IGOs, NGOs last");
    assert!(rows.windows(2).all(|w| w[0].listing <= w[1].listing), "groups never interleave");
    let default = list(&api, &m, None, Some(Lang::En));
    assert_eq!(names(&default, Lang::En), names(&rows, Lang::En), "protocol order is the default");

    let fr = list(&api, &m, Some("protocol"), Some(Lang::Fr));
    assert_eq!(&names(&fr, Lang::Fr)[..6], ["Allemagne", "Égypte", "Érythrée", "Espagne", "France", "Nigeria"], "a French list sorts its states in French");
    api.set_language(Lang::Fr);
    let by_language = list(&api, &m, Some("protocol"), None);
    assert_eq!(names(&by_language, Lang::Fr), names(&fr, Lang::Fr), "without a language the user's language is used");
}

#[test]
fn delegations_list_from_the_country_drawn_by_lot() {
    let (dir, api) = host();
    let m = many(&api);
    let rows = list(&api, &m, Some("lot:FR"), Some(Lang::En));
    assert_eq!(&names(&rows, Lang::En)[..6], ["France", "Germany", "Nigeria", "Spain", "Egypt", "Eritrea"], "member states start at France and wrap round");
    assert_eq!(names(&rows, Lang::En)[6], "Holy See", "the other groups keep their places");
    assert_eq!(names(&rows, Lang::En)[11], "Mixed Migration Centre");
    let fr = list(&api, &m, Some("lot:FRA"), Some(Lang::Fr));
    assert_eq!(&names(&fr, Lang::Fr)[..6], ["France", "Nigeria", "Allemagne", "Égypte", "Érythrée", "Espagne"], "in French the rotation follows French order");
    refused(&dir, &api, ErrorCode::Invalid, "order", "no country XX can be drawn", |api| {
        api.list_delegations(ListDelegationsArgs { meeting_id: m.clone(), order: Some("lot:XX".into()), lang: None })
    });
    refused(&dir, &api, ErrorCode::Invalid, "order", "there is no `random` order", |api| {
        api.list_delegations(ListDelegationsArgs { meeting_id: m.clone(), order: Some("random".into()), lang: None })
    });
}
