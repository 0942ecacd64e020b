//! Delegations.

use super::delegate;
use plenary_api::{ByIdArgs, DelegationInput, DelegationRow, ListDelegationsArgs, UpdateDelegationArgs};

delegate! {
    list_delegations(ListDelegationsArgs) -> Vec<DelegationRow>;
    get_delegation(ByIdArgs) -> DelegationRow;
    create_delegation(DelegationInput) -> DelegationRow;
    update_delegation(UpdateDelegationArgs) -> DelegationRow;
    delete_delegation(ByIdArgs) -> ();
}
