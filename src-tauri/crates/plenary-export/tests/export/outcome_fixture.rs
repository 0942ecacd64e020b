//! Outcome documents to export: a draft of the Lagos meeting's outcome document, written
//! from what the meeting published (the 4Ps sections, the Mixed Migration Centre's figures,
//! the co-chairs' two quotes), with one bracketed passage, one pending amendment and one
//! paragraph not yet translated; a hostile one; and large ones for the benchmark (which
//! includes this file by path).

#![allow(dead_code)]

use chrono::NaiveDate;
use plenary_core::agenda::NamePair;
use plenary_core::outcome::amendment::{Amendment, AmendmentStatus, Change};
use plenary_core::outcome::facts::{Fact, FactKind, Generated, MeetingFacts, Speaker, meeting_facts};
use plenary_core::outcome::{DocumentKind, DocumentStatus, MeetingLine, OutcomeDocument, Paragraph, ParagraphState, RevisionInfo, Section};
use plenary_core::stats::MeetingStats;
use plenary_core::{BilingualText, Id, Lang, TranslationState};

/// The document's id: a UUID v7 made on 4 November 2025, the day drafting began.
pub const DOCUMENT_ID: &str = "019a4d3c-9c00-7000-8000-000000000001";
/// The paragraph the pending amendment amends (OP2).
pub const AMENDED: &str = "p-op2";
/// The delegation that proposes it: an apostrophe, to be escaped once and only once.
pub const PROPOSER: &str = "Côte d'Ivoire";

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a real date")
}

fn pair(en: &str, fr: &str) -> BilingualText {
    BilingualText::pair(en, fr, TranslationState::Translated)
}

fn names(en: &str, fr: &str) -> NamePair {
    NamePair { en: en.into(), fr: fr.into() }
}

/// A paragraph in both languages; one with brackets is `bracketed`.
pub fn paragraph(id: &str, en: &str, fr: &str) -> Paragraph {
    let state = if en.contains('[') || fr.contains('[') { ParagraphState::Bracketed } else { ParagraphState::Draft };
    Paragraph { id: Id::from(id), state, text: pair(en, fr), sessions: vec![], facts: vec![], generated: None }
}

fn placing(mut p: Paragraph, facts: &[&str]) -> Paragraph {
    p.facts = facts.iter().map(|&f| Id::from(f)).collect();
    p
}

fn section(id: &str, en: &str, fr: &str, paragraphs: Vec<Paragraph>) -> Section {
    Section { id: Id::from(id), heading: pair(en, fr), pillar_id: None, paragraphs }
}

fn figure(id: &str, en: &str, fr: &str) -> Fact {
    Fact {
        id: Id::from(id),
        kind: FactKind::Figure,
        text: pair(en, fr),
        source: pair("Mixed Migration Centre (MMC)", "Centre de migration mixte (MMC)"),
        speaker: None,
    }
}

fn quote(id: &str, en: &str, fr: &str, name: &str, function: NamePair, occasion: BilingualText) -> Fact {
    Fact {
        id: Id::from(id),
        kind: FactKind::Quote,
        text: pair(en, fr),
        source: occasion,
        speaker: Some(Speaker { participant_id: None, name: name.into(), function }),
    }
}

/// The meeting's facts paragraph, as the API generates it from the meeting's data.
fn facts_paragraph() -> Paragraph {
    let text = meeting_facts(&MeetingFacts {
        stats: MeetingStats { representatives: 166, countries: 41, organisations: 14, ..MeetingStats::default() },
        city: "Lagos".into(),
        country: Some(names("Nigeria", "Nigéria")),
        start_date: d(2025, 11, 4),
        end_date: d(2025, 11, 5),
        co_chairs: vec![names("Nigeria", "Nigéria"), names("France", "France")],
    });
    Paragraph { id: Id::from("p-pp2"), state: ParagraphState::Agreed, text, sessions: vec![], facts: vec![], generated: Some(Generated::MeetingFacts) }
}

/// The Lagos draft, as Rev.1 of 5 November 2025.
pub fn lagos() -> OutcomeDocument {
    // OP4 was written in English during the meeting and is not translated yet.
    let mut op4 = paragraph(
        "p-op4",
        "Harmonised crime definitions and evidentiary standards, multi-country joint investigation teams and investigations targeting masterminds and financial flows are needed.",
        "",
    );
    op4.text = BilingualText::original(Lang::En, op4.text.get(Lang::En));
    OutcomeDocument {
        id: Id::from(DOCUMENT_ID),
        meeting_id: Id::from("m-lagos"),
        kind: DocumentKind::OutcomeDocument,
        status: DocumentStatus::Draft,
        title: pair(
            "Outcome Document of the Joint Thematic Meeting of the Khartoum, Rabat and Niamey Processes",
            "Document final de la réunion thématique conjointe des Processus de Khartoum, de Rabat et de Niamey",
        ),
        meeting: MeetingLine {
            title: names(
                "Joint Thematic Meeting on Trafficking in Human Beings and Smuggling of Migrants",
                "Réunion thématique conjointe sur la traite des êtres humains et le trafic illicite de migrants",
            ),
            dates_and_place: names("Lagos, Nigeria, 4–5 November 2025", "Lagos (Nigéria), 4 et 5 novembre 2025"),
            co_chairs: names("Nigeria and France", "Nigéria et France"),
        },
        preamble: vec![
            paragraph(
                "p-pp1",
                "Recalling that the Khartoum, Rabat and Niamey Processes are further strengthening the responses to human trafficking and migrant smuggling across African and European routes,",
                "Rappelant que les Processus de Khartoum, de Rabat et de Niamey renforcent encore les réponses à la traite des êtres humains et au trafic illicite de migrants le long des routes africaines et européennes,",
            ),
            facts_paragraph(),
            paragraph(
                "p-pp3",
                "Guided by the \"4Ps\" approach: prevention, protection, prosecution and partnership,",
                "Guidés par l'approche des \"4P\" : prévention, protection, poursuites et partenariat,",
            ),
        ],
        sections: vec![
            section(
                "s-prevention",
                "Evidence-based, whole-of-society prevention",
                "Une prévention fondée sur les données et mobilisant toute la société",
                vec![
                    placing(
                        paragraph(
                            "p-op1",
                            "Participants stressed that prevention must be rooted in real-life experiences of people on the move and tailored to evolving criminal patterns.",
                            "Les participants ont souligné que la prévention doit partir de l'expérience vécue des personnes en déplacement et s'adapter à l'évolution des schémas criminels.",
                        ),
                        &["f-routes", "f-abuse", "f-children"],
                    ),
                    paragraph(
                        AMENDED,
                        "Priorities include stronger data and intelligence-sharing among partner countries and integrating survivor knowledge into prevention efforts.",
                        "Les priorités comprennent un meilleur partage des données et du renseignement entre pays partenaires et l'intégration du savoir des survivants dans la prévention.",
                    ),
                ],
            ),
            section(
                "s-protection",
                "Continuity of identification and protective care across borders",
                "Continuité de l'identification et de la protection par-delà les frontières",
                vec![paragraph(
                    "p-op3",
                    "Protection must follow people rather than stop at borders, with harmonised victim identification and [regional] referral mechanisms.",
                    "La protection doit suivre les personnes plutôt que s'arrêter aux frontières, avec des mécanismes harmonisés d'identification et d'orientation [régionaux] des victimes.",
                )],
            ),
            section(
                "s-prosecution",
                "Harmonised legal frameworks for effective justice",
                "Des cadres juridiques harmonisés pour une justice efficace",
                vec![op4],
            ),
            section(
                "s-partnership",
                "Scaling good partnership practices",
                "Étendre les bonnes pratiques de partenariat",
                vec![placing(
                    paragraph(
                        "p-op5",
                        "Partnerships must be scaled up on the basis of prior needs assessments, with sustained ownership by national authorities.",
                        "Les partenariats doivent être étendus sur la base d'évaluations préalables des besoins, avec une appropriation durable par les autorités nationales.",
                    ),
                    &["f-baumgartner"],
                )],
            ),
            section(
                "s-ahead",
                "Looking ahead",
                "Perspectives",
                vec![
                    placing(
                        paragraph(
                            "p-op6",
                            "Rights-based migration and border governance, combined with targeted support to communities at risk and victims, is essential to disrupting criminal activities before crimes occur.",
                            "Une gouvernance des migrations et des frontières fondée sur les droits, associée à un soutien ciblé aux communautés à risque et aux victimes, est essentielle pour enrayer les activités criminelles avant qu'elles ne se produisent.",
                        ),
                        &["f-ahmed"],
                    ),
                    paragraph(
                        "p-op7",
                        "The outcomes of the Joint Thematic Meeting will guide future joint programming, operational initiatives, and strengthened regional and cross-regional cooperation.",
                        "Les conclusions de la réunion thématique conjointe guideront la programmation conjointe, les initiatives opérationnelles et le renforcement de la coopération régionale et interrégionale.",
                    ),
                ],
            ),
        ],
        facts: vec![
            figure(
                "f-routes",
                "Over 50% of smugglers reported changing routes in the last six months",
                "Plus de 50 % des passeurs ont déclaré avoir changé d'itinéraire au cours des six derniers mois",
            ),
            figure(
                "f-abuse",
                "84% of refugees and migrants surveyed experienced human-rights abuse on their journeys to Europe",
                "84 % des réfugiés et migrants interrogés ont subi des atteintes aux droits humains sur leur route vers l'Europe",
            ),
            figure(
                "f-children",
                "Incidences of child trafficking rose globally by 31% between 2019 and 2022",
                "Les cas de traite d'enfants ont augmenté de 31 % dans le monde entre 2019 et 2022",
            ),
            quote(
                "f-baumgartner",
                "Our shared commitment to deepen dialogue, build trust, and strengthen synergies between the Khartoum, Rabat, and Niamey Processes are the three complementary pillars of the Africa-Europe migration partnership. By bringing them together, we send a clear message: no single country, and no single dialogue, can meet the complex challenges of migration on its own. Only by acting together, as genuine partners, can we deliver sustainable solutions.",
                "Notre engagement commun à approfondir le dialogue, à bâtir la confiance et à renforcer les synergies entre les Processus de Khartoum, de Rabat et de Niamey constitue les trois piliers complémentaires du partenariat migratoire Afrique-Europe. En les réunissant, nous envoyons un message clair : aucun pays, aucun dialogue ne peut à lui seul relever les défis complexes des migrations. Ce n'est qu'en agissant ensemble, en véritables partenaires, que nous apporterons des solutions durables.",
                "HE Cyrille Baumgartner",
                names(
                    "Ambassador-in-Charge of Migration for France and current Chair of the Khartoum Process",
                    "Ambassadeur chargé des migrations pour la France et président en exercice du Processus de Khartoum",
                ),
                BilingualText::default(),
            ),
            quote(
                "f-ahmed",
                "Therefore, let us sustain the momentum of cooperation and the spirit of shared responsibility. The partnerships strengthened here today must continue to translate into concrete actions; to enhance protection, promote regular pathways, support reintegration, and uphold the dignity of all migrants.",
                "Maintenons donc l'élan de la coopération et l'esprit de responsabilité partagée. Les partenariats renforcés ici aujourd'hui doivent continuer à se traduire en actions concrètes : renforcer la protection, promouvoir les voies régulières, soutenir la réintégration et préserver la dignité de tous les migrants.",
                "Hon Tijjani Aliyu Ahmed",
                names(
                    "Honourable Federal Commissioner for Refugees, Migrants and Internally Displaced Persons",
                    "Commissaire fédéral pour les réfugiés, les migrants et les personnes déplacées internes",
                ),
                pair("for the Nigerian Chairmanship, at the closing of the event", "pour la présidence nigériane, à la clôture de la réunion"),
            ),
        ],
        revision: Some(RevisionInfo { number: 1, name: "Rev.1".into(), saved_on: d(2025, 11, 5) }),
    }
}

/// The pending amendment: Côte d'Ivoire adds "and experience" to OP2 in English.
pub fn pending() -> Vec<Amendment> {
    let original = lagos().sections[0].paragraphs[1].text.get(Lang::En).to_owned();
    vec![Amendment {
        id: Id::from("a-civ"),
        paragraph_id: Id::from(AMENDED),
        delegation_id: Id::from("d-civ"),
        delegation: names(PROPOSER, PROPOSER),
        changes: vec![Change { lang: Lang::En, proposed: original.replace("survivor knowledge", "survivor knowledge and experience"), original }],
        rationale: "Survivors' experience is more than knowledge.".into(),
        status: AmendmentStatus::Proposed,
        proposed_at: "2025-11-05T10:30:00Z".into(),
        decided_at: None,
    }]
}

/// An amendment proposed on an older text of OP1: it conflicts with the text as it is.
pub fn conflicting() -> Amendment {
    Amendment {
        id: Id::from("a-sen"),
        paragraph_id: Id::from("p-op1"),
        delegation_id: Id::from("d-sen"),
        delegation: names("Senegal", "Sénégal"),
        changes: vec![Change {
            lang: Lang::Fr,
            original: "Les participants ont souligné que la prévention doit partir du terrain.".into(),
            proposed: "Les participants ont souligné que la prévention doit partir du terrain et des victimes.".into(),
        }],
        rationale: String::new(),
        status: AmendmentStatus::Proposed,
        proposed_at: "2025-11-04T16:00:00Z".into(),
        decided_at: None,
    }
}

/// Texts that look like markup in every format this crate writes.
pub const MARKUP: [&str; 5] = ["<script>alert(1)</script>", "{{x}}", "#set text(red)", "[a]", "]]> & &amp; <!-- -->"];

/// A document whose texts look like markup of every format, with a paragraph of exactly
/// 50,000 characters (the most a paragraph may hold).
pub fn hostile() -> OutcomeDocument {
    let mut doc = lagos();
    let markup = MARKUP.join(" ");
    doc.title = pair(&format!("Title {markup}"), &format!("Titre {markup}"));
    doc.preamble[0] = paragraph("p-pp1", &format!("Recalling {markup},"), &format!("Rappelant {markup},"));
    doc.sections[0].heading = pair(&format!("Heading {markup}"), &format!("Titre {markup}"));
    let long = long_text(plenary_core::outcome::PARAGRAPH);
    doc.sections[1].paragraphs[0] = paragraph("p-op3", &long, &long);
    doc
}

/// A text of exactly `chars` characters: sentences numbered so that a reader can tell a
/// lost or repeated stretch, its last word "END".
pub fn long_text(chars: usize) -> String {
    let mut text = String::with_capacity(chars + 64);
    let mut n = 0;
    while text.chars().count() + 64 < chars {
        n += 1;
        text.push_str(&format!("Sentence {n:05} of a very long paragraph, kept whole. "));
    }
    let end = " END";
    let fill = chars - text.chars().count() - end.len();
    text.push_str(&"x".repeat(fill));
    text.push_str(end);
    text
}

/// A document of `paragraphs` paragraphs (a tenth preambular, the rest in six sections),
/// both languages, every fifth operative paragraph placing a figure and every fiftieth a
/// quote, every seventh bracketed; and a pending amendment every hundred paragraphs.
pub fn large(paragraphs: usize) -> (OutcomeDocument, Vec<Amendment>) {
    let mut doc = lagos();
    let preambular = paragraphs / 10;
    doc.preamble = (0..preambular)
        .map(|i| {
            paragraph(
                &format!("pp-{i}"),
                &format!("Recalling the commitments made at meeting {i} on trafficking in persons and the smuggling of migrants,"),
                &format!("Rappelant les engagements pris lors de la réunion {i} sur la traite des personnes et le trafic illicite de migrants,"),
            )
        })
        .collect();
    let operative = paragraphs - preambular;
    let headings = [
        ("Prevention", "Prévention"),
        ("Protection", "Protection"),
        ("Prosecution", "Poursuites"),
        ("Partnership", "Partenariat"),
        ("Follow-up", "Suivi"),
        ("Looking ahead", "Perspectives"),
    ];
    let per_section = operative.div_ceil(headings.len());
    doc.sections = headings
        .iter()
        .enumerate()
        .map(|(s, (en, fr))| {
            let range = (s * per_section).min(operative)..((s + 1) * per_section).min(operative);
            let paragraphs = range
                .map(|i| {
                    let (en_text, fr_text) = if i % 7 == 0 {
                        (
                            format!("Participants [strongly] encouraged partner countries to harmonise victim identification and referral mechanisms ({i})."),
                            format!("Les participants ont [vivement] encouragé les pays partenaires à harmoniser l'identification et l'orientation des victimes ({i})."),
                        )
                    } else {
                        (
                            format!("Participants encouraged partner countries to strengthen joint investigation teams and judicial cooperation along the routes ({i})."),
                            format!("Les participants ont encouragé les pays partenaires à renforcer les équipes communes d'enquête et la coopération judiciaire le long des routes ({i})."),
                        )
                    };
                    let mut facts: Vec<&str> = Vec::new();
                    if i % 5 == 0 {
                        facts.push(["f-routes", "f-abuse", "f-children"][i % 3]);
                    }
                    if i % 50 == 0 {
                        facts.push(["f-baumgartner", "f-ahmed"][i % 2]);
                    }
                    placing(paragraph(&format!("op-{i}"), &en_text, &fr_text), &facts)
                })
                .collect();
            section(&format!("s-{s}"), en, fr, paragraphs)
        })
        .collect();
    let pending = doc
        .numbered()
        .iter()
        .filter(|n| n.label.1 % 100 == 1 && n.paragraph.id.as_str().starts_with("op-"))
        .map(|n| {
            let original = n.paragraph.text.get(Lang::En).to_owned();
            Amendment {
                id: Id::new(format!("a-{}", n.paragraph.id)),
                paragraph_id: n.paragraph.id.clone(),
                delegation_id: Id::from("d-civ"),
                delegation: names(PROPOSER, PROPOSER),
                changes: vec![Change { lang: Lang::En, proposed: original.replace("encouraged", "urged"), original }],
                rationale: String::new(),
                status: AmendmentStatus::Proposed,
                proposed_at: "2025-11-05T10:30:00Z".into(),
                decided_at: None,
            }
        })
        .collect();
    (doc, pending)
}
