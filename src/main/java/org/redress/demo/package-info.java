/**
 * Demo data: on a first start (by default only on the embedded database) makes "Demo County Council", a fictional
 * county modelled on a real county council's 2020/21 customer feedback report: its four directorates and their
 * services, demo staff to sign in as, three financial years of feedback (April 2018 to March 2021) at that report's
 * volumes, and some 150 cases of the last few weeks still being worked, so every page and report has something to
 * show. The history is generated from a fixed random seed, so every installation gets the same figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.redress.demo;
