/**
 * Organisation: councils (authorities) with their bank-holiday region and Ombudsman peer type, the directorate
 * and service tree that feedback is routed to, and staff accounts with roles and a scope (whole council, a
 * directorate or a service) that limits which cases an investigating officer may see and change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package org.redress.organisation;
