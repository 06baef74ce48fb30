package org.redress.casework;

/** Why a response was late (docs/rules.md §7, delay reasons; the annual report's tables 11 to 13). */
public record DelayReason(String key, String name, boolean active) {
}
