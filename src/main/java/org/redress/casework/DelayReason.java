package org.redress.casework;

/** Why a response was late (seed 004 tables 11-13). */
public record DelayReason(String key, String name, boolean active) {
}
