/**
 * Platform: what every module stands on and none owns: security filter chains, the GOV.UK page layout and
 * static assets, the domain exceptions every module throws and their translation into problem details (API)
 * and error pages (web), and the data directory. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.redress.platform;
