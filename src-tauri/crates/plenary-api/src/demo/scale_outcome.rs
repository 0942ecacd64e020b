//! The generated outcome document: a bilingual draft of N paragraphs, a preamble and one
//! section per pillar, every seventh paragraph with a passage in [brackets], some agreed,
//! some linked to sessions, and amendments proposed by states on a few.

use super::scale::{Built, ScaleSpec};
use super::scale_rng::Rng;
use super::scale_sessions::Written;
use plenary_core::agenda::NamePair;
use plenary_core::outcome::amendment::{Amendment, AmendmentStatus, Change, check_changes};
use plenary_core::outcome::{DocumentKind, Paragraph, ParagraphState, Section};
use plenary_core::{BilingualText, Id, Lang, TranslationState};
use plenary_store::{Db, StoreError};

/// One paragraph in seven has a passage in brackets.
const BRACKETED_EVERY: usize = 7;

/// One paragraph in 25 has a pending amendment.
const AMENDED_EVERY: usize = 25;

/// Openings of preambular paragraphs (participles taking a direct object in both languages).
const PREAMBLE: [(&str, &str); 6] = [
    ("Recalling", "Rappelant"),
    ("Recognising", "Reconnaissant"),
    ("Underlining", "Soulignant"),
    ("Noting with concern", "Notant avec préoccupation"),
    ("Reaffirming", "Réaffirmant"),
    ("Acknowledging", "Prenant acte de"),
];

/// What the preamble recalls.
const SUBJECTS: [(&str, &str); 8] = [
    ("the findings of the latest assessment report", "les conclusions du dernier rapport d'évaluation"),
    ("the importance of early warning systems for all", "l'importance des systèmes d'alerte précoce pour tous"),
    ("the needs of countries particularly vulnerable to climate change", "les besoins des pays particulièrement vulnérables aux changements climatiques"),
    ("the role of indigenous peoples and local communities", "le rôle des peuples autochtones et des communautés locales"),
    ("the outcome of the first global stocktake", "les résultats du premier bilan mondial"),
    ("the gap between pledges and the goals of the Paris Agreement", "l'écart entre les engagements et les objectifs de l'Accord de Paris"),
    ("the displacement caused by slow-onset events", "les déplacements causés par les phénomènes à évolution lente"),
    ("the contribution of youth to climate action", "la contribution des jeunes à l'action climatique"),
];

/// Operative verbs: English, then French with the preposition its infinitive takes.
const VERBS: [(&str, &str); 6] = [
    ("Urges Parties to", "Prie instamment les Parties de"),
    ("Invites Parties to", "Invite les Parties à"),
    ("Encourages Parties to", "Encourage les Parties à"),
    ("Calls upon Parties to", "Engage les Parties à"),
    ("Requests the secretariat to", "Prie le secrétariat de"),
    ("Decides to", "Décide de"),
];

/// What operative paragraphs ask, as infinitives.
const ACTIONS: [(&str, &str); 10] = [
    ("scale up finance for adaptation", "accroître le financement de l'adaptation"),
    ("phase down unabated coal power", "réduire progressivement l'électricité produite à partir du charbon sans dispositif d'atténuation"),
    ("triple renewable energy capacity", "tripler la capacité de production d'énergie renouvelable"),
    ("halt and reverse deforestation", "enrayer et inverser la déforestation"),
    ("operationalise the fund for responding to loss and damage", "rendre opérationnel le fonds pour les pertes et préjudices"),
    ("submit updated nationally determined contributions", "soumettre des contributions déterminées au niveau national actualisées"),
    ("strengthen early warning systems", "renforcer les systèmes d'alerte précoce"),
    ("report on the mobilisation of climate finance", "rendre compte de la mobilisation du financement climatique"),
    ("integrate climate mobility into national adaptation plans", "intégrer la mobilité climatique dans les plans nationaux d'adaptation"),
    ("ensure gender-responsive climate policies", "garantir des politiques climatiques tenant compte des questions de genre"),
];

/// "de" before a vowel is "d'" in French.
fn french_join(verb: &str, action: &str) -> String {
    match verb.strip_suffix(" de") {
        Some(stem) if action.starts_with(['a', 'e', 'i', 'o', 'u', 'é', 'h']) => format!("{stem} d'{action}"),
        _ => format!("{verb} {action}"),
    }
}

/// "de" before a French noun phrase, contracted with its article.
fn of(what: &str) -> String {
    if let Some(rest) = what.strip_prefix("les ") {
        format!("des {rest}")
    } else if let Some(rest) = what.strip_prefix("le ") {
        format!("du {rest}")
    } else {
        format!("de {what}")
    }
}

/// A paragraph's text in both languages; `bracketed` puts its deadline in brackets.
fn text(rng: &mut Rng, preamble: bool, bracketed: bool) -> (String, String) {
    let year = 2027 + rng.below(12);
    let (by_en, by_fr) = if bracketed { (format!("[by {year}]"), format!("[d'ici à {year}]")) } else { (format!("by {year}"), format!("d'ici à {year}")) };
    if preamble {
        let (open_en, open_fr) = rng.pick(&PREAMBLE);
        let (what_en, what_fr) = rng.pick(&SUBJECTS);
        let fr = match open_fr.strip_suffix(" de") {
            Some(stem) => format!("{stem} {}", of(what_fr)),
            None => format!("{open_fr} {what_fr}"),
        };
        return (format!("{open_en} {what_en} {by_en},"), format!("{fr} {by_fr},"));
    }
    let (verb_en, verb_fr) = rng.pick(&VERBS);
    let (act_en, act_fr) = rng.pick(&ACTIONS);
    (format!("{verb_en} {act_en} {by_en};"), format!("{} {by_fr} ;", french_join(verb_fr, act_fr)))
}

/// Writes the document into the meeting.
pub(super) fn write(db: &Db<'_>, spec: &ScaleSpec, built: &Built, sessions: &Written, new_id: &dyn Fn() -> Id) -> Result<(), StoreError> {
    let mut rng = Rng::new(spec.seed, 6);
    let reviewed = |en: &str, fr: &str| BilingualText::pair(en, fr, TranslationState::Reviewed);
    let document_id = new_id();
    db.insert_outcome_document(
        &document_id,
        &built.meeting_id,
        DocumentKind::OutcomeDocument,
        &reviewed("Belém outcome: draft decision", "Résultats de Belém : projet de décision"),
    )?;
    let total = spec.paragraphs as usize;
    let preamble = total / 10;
    let sections: Vec<Id> = ["Mitigation", "Adaptation", "Finance", "Loss and damage"]
        .iter()
        .zip(["Atténuation", "Adaptation", "Financement", "Pertes et préjudices"])
        .zip(&built.pillars)
        .map(|((en, fr), pillar)| {
            let section = Section { id: new_id(), heading: reviewed(en, fr), pillar_id: Some(pillar.clone()), paragraphs: Vec::new() };
            db.insert_outcome_section(&document_id, &section, None).map(|()| section.id)
        })
        .collect::<Result<_, _>>()?;
    let operative = total - preamble;
    for n in 0..total {
        let in_preamble = n < preamble;
        let bracketed = n % BRACKETED_EVERY == BRACKETED_EVERY - 1;
        let (en, fr) = text(&mut rng, in_preamble, bracketed);
        // A proposal is made on a draft: an amended paragraph is not agreed yet.
        let amended = n % AMENDED_EVERY == AMENDED_EVERY - 2 && !bracketed && !built.states.is_empty();
        let state = if bracketed {
            ParagraphState::Bracketed
        } else if !amended && rng.chance(300) {
            ParagraphState::Agreed
        } else {
            ParagraphState::Draft
        };
        let linked = !sessions.ids.is_empty() && n % 3 == 0;
        let paragraph = Paragraph {
            id: new_id(),
            state,
            text: reviewed(&en, &fr),
            sessions: if linked { vec![sessions.ids[n % sessions.ids.len()].clone()] } else { Vec::new() },
            facts: Vec::new(),
            generated: None,
        };
        // The operative paragraphs are shared out over the sections in order.
        let section = (!in_preamble).then(|| &sections[(n - preamble) * sections.len() / operative.max(1)]);
        db.insert_outcome_paragraph(&document_id, section, None, &paragraph, None)?;
        if amended {
            amend(db, &paragraph, &built.states[rng.below(built.states.len())], new_id)?;
        }
    }
    Ok(())
}

/// A state proposes to ask for a report as well, in both languages.
fn amend(db: &Db<'_>, paragraph: &Paragraph, delegation_id: &Id, new_id: &dyn Fn() -> Id) -> Result<(), StoreError> {
    let with_a = VERBS.iter().any(|(_, verb)| verb.ends_with(" à") && paragraph.text.get(Lang::Fr).starts_with(verb));
    let fr = if with_a {
        " et à rendre compte chaque année des progrès accomplis"
    } else {
        " et de rendre compte chaque année des progrès accomplis"
    };
    let add = [(Lang::En, " and to report on progress annually"), (Lang::Fr, fr)];
    let changes: Vec<Change> = add
        .iter()
        .map(|(lang, more)| {
            let original = paragraph.text.get(*lang).to_owned();
            let cut = original.trim_end_matches([';', ',', ' ']);
            let proposed = format!("{cut}{more}{}", &original[cut.len()..]);
            Change { lang: *lang, original, proposed }
        })
        .collect();
    check_changes(&changes)?;
    db.insert_outcome_amendment(&Amendment {
        id: new_id(),
        paragraph_id: paragraph.id.clone(),
        delegation_id: delegation_id.clone(),
        delegation: NamePair::default(),
        changes,
        rationale: "A yearly report lets Parties follow what was done.".into(),
        status: AmendmentStatus::Proposed,
        proposed_at: String::new(),
        decided_at: None,
    })?;
    Ok(())
}
