package org.redress.platform;

import java.util.Optional;

import org.springframework.security.core.Authentication;

/** Who a person signed in by the council's identity provider is here; the module that keeps staff accounts answers. */
public interface SingleSignOnAccounts {

    /** The active member of staff with this email address, signed in; empty when there is none (or more than one). */
    Optional<Authentication> signIn(String email);
}
