package org.redress.organisation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code REDRESS_ADMIN_*} and {@code REDRESS_AUTHORITY_*}: the administrator to create or reset at start-up, and the
 * council to create on a first start without demo data.
 */
@ConfigurationProperties("redress")
record FirstStartProperties(Admin admin, AuthorityDefaults authority) {

    record Admin(String username, String password) {
    }

    record AuthorityDefaults(String name, String code, String type, String region) {
    }

    FirstStartProperties {
        admin = admin == null ? new Admin(null, null) : admin;
        authority = authority == null ? new AuthorityDefaults(null, null, null, null) : authority;
    }
}
