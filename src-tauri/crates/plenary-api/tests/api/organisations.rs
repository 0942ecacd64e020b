//! Organisations: refused forms, unknown ids, one still represented, and their life.

use crate::fixture::{lagos, organisation_form};
use crate::host::{host, refused};
use plenary_api::core::organisation::OrgCategory;
use plenary_api::{ByIdArgs, ErrorCode, Id, OrganisationInput, SearchArgs, UpdateOrganisationArgs};

fn unknown() -> Id {
    Id::from("00000000-0000-7000-8000-0000000000a0")
}

fn unodc() -> OrganisationInput {
    organisation_form("United Nations Office on Drugs and Crime", "Office des Nations Unies contre la drogue et le crime", "UNODC", OrgCategory::UnSecretariat)
}

#[test]
fn an_unknown_organisation_is_not_found() {
    let (dir, api) = host();
    lagos(&api);
    let why = "no organisation has this id";
    refused(&dir, &api, ErrorCode::NotFound, "organisation", why, |api| {
        api.update_organisation(UpdateOrganisationArgs { organisation_id: unknown(), input: unodc() })
    });
    refused(&dir, &api, ErrorCode::NotFound, "organisation", why, |api| api.delete_organisation(ByIdArgs { id: unknown() }));
}

#[test]
fn an_organisation_form_is_refused_field_by_field() {
    let (dir, api) = host();
    let fx = lagos(&api);
    let cases: Vec<(ErrorCode, &str, &str, OrganisationInput)> = vec![
        (ErrorCode::Required, "name_en", "an organisation has an English name", OrganisationInput { name_en: " ".into(), ..unodc() }),
        (ErrorCode::Required, "name_fr", "and a French one: the lists print both", OrganisationInput { name_fr: String::new(), ..unodc() }),
        (ErrorCode::TooLong, "name_en", "a name has at most 500 characters", OrganisationInput { name_en: "O".repeat(501), ..unodc() }),
        (ErrorCode::TooLong, "acronym_en", "an acronym has at most 30 characters", OrganisationInput { acronym_en: Some("A".repeat(31)), ..unodc() }),
        (ErrorCode::Duplicate, "name_en", "IOM is already in the list, whatever the case",
            OrganisationInput { name_en: "international organization for migration".into(), ..unodc() }),
    ];
    for (code, field, why, input) in cases {
        refused(&dir, &api, code, field, &format!("create: {why}"), |api| api.create_organisation(input.clone()));
    }
    let other = api.create_organisation(unodc()).expect("UNODC created").id;
    refused(&dir, &api, ErrorCode::Duplicate, "name_en", "update: UNODC cannot take IOM's name", |api| {
        api.update_organisation(UpdateOrganisationArgs {
            organisation_id: other.clone(),
            input: OrganisationInput { name_en: "International Organization for Migration".into(), ..unodc() },
        })
    });
    refused(&dir, &api, ErrorCode::Required, "name_en", "update: the English name cannot be emptied", |api| {
        api.update_organisation(UpdateOrganisationArgs { organisation_id: fx.iom.clone(), input: OrganisationInput { name_en: String::new(), ..unodc() } })
    });
}

#[test]
fn an_organisation_still_represented_cannot_be_deleted() {
    let (dir, api) = host();
    let fx = lagos(&api);
    refused(&dir, &api, ErrorCode::InUse, "organisation", "IOM has a delegation at Lagos", |api| api.delete_organisation(ByIdArgs { id: fx.iom.clone() }));
    api.delete_delegation(ByIdArgs { id: fx.iom_delegation.clone() }).expect("IOM's delegation withdrawn");
    api.delete_organisation(ByIdArgs { id: fx.iom.clone() }).expect("no longer represented, so it can go");
    assert!(api.list_organisations().expect("list").is_empty());
}

#[test]
fn an_organisation_is_renamed_and_its_delegates_found_by_the_new_name() {
    let (_dir, api) = host();
    let fx = lagos(&api);
    let delegate = crate::fixture::register(&api, crate::fixture::person_form(&fx.iom_delegation, "Laurent", "De Boeck"));
    let renamed = api
        .update_organisation(UpdateOrganisationArgs {
            organisation_id: fx.iom.clone(),
            input: organisation_form("IOM – UN Migration", "OIM – ONU Migration", "IOM", OrgCategory::RelatedOrganisation),
        })
        .expect("renamed");
    assert_eq!(renamed.name_fr, "OIM – ONU Migration");
    let hits = api.search(SearchArgs { text: "onu migration".into(), meeting_id: Some(fx.meeting.clone()), limit: None, ..Default::default() }).expect("search");
    assert!(hits.iter().any(|h| h.kind == "participant" && h.id == delegate), "a delegate is found by the organisation's new name: {hits:?}");
    assert!(hits.iter().any(|h| h.kind == "organisation" && h.id == fx.iom), "and so is the organisation: {hits:?}");
}
