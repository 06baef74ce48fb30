package org.redress.platform;

import java.util.Optional;

import org.springframework.security.core.Authentication;

/** Who an API bearer token signs in as; the module that keeps staff accounts answers. */
public interface BearerTokens {

    /** The signed-in member of staff for a token that exists, is not revoked and has not expired. */
    Optional<Authentication> authenticate(String token);
}
