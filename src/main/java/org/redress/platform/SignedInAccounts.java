package org.redress.platform;

import java.util.Optional;

import org.springframework.security.core.Authentication;

/** Who a session's sign-in stands for now; the module that keeps staff accounts answers. */
public interface SignedInAccounts {

    /**
     * The sign-in as the account stands now: the same one if nothing changed, one with the account's current roles
     * and scope if those changed, or empty if the session must end (account deactivated, council suspended,
     * password changed, account gone).
     */
    Optional<Authentication> current(Authentication signedIn);
}
