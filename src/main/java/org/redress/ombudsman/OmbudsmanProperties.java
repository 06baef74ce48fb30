package org.redress.ombudsman;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code redress.ombudsman.peer-average} ({@code REDRESS_OMBUDSMAN_PEER_AVERAGE}): {@code pooled} (the default)
 * or {@code mean}, the way the average of similar authorities is taken.
 */
@ConfigurationProperties("redress.ombudsman")
record OmbudsmanProperties(PeerAverage peerAverage) {

    OmbudsmanProperties {
        if (peerAverage == null) {
            peerAverage = PeerAverage.POOLED;
        }
    }
}
