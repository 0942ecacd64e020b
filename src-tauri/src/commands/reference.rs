//! Countries and organisations.

use super::delegate;
use plenary_api::core::organisation::Organisation;
use plenary_api::{ByIdArgs, CountryDto, ListCountriesArgs, OrganisationInput, UpdateOrganisationArgs};

delegate! {
    list_organisations() -> Vec<Organisation>;
}

delegate! {
    list_countries(ListCountriesArgs) -> Vec<CountryDto>;
    create_organisation(OrganisationInput) -> Organisation;
    update_organisation(UpdateOrganisationArgs) -> Organisation;
    delete_organisation(ByIdArgs) -> ();
}
