package org.redress.ombudsman;

import org.redress.platform.FinancialYear;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.redress.organisation.AuthorityType;
import org.redress.platform.NotFound;
import org.springframework.stereotype.Component;

/** Annual reviews from the national data: each authority beside the average of similar authorities. */
@Component
public class AnnualReviews {

    private final NationalData data;
    private final PeerAverage method;

    AnnualReviews(NationalData data, OmbudsmanProperties properties) {
        this.data = data;
        this.method = properties.peerAverage();
    }

    /** The configured way of averaging similar authorities. */
    public PeerAverage method() {
        return method;
    }

    /** One authority's review, by the Ombudsman's authority code; {@link NotFound} when no data was imported. */
    public AnnualReview review(String authorityCode, int year) {
        NationalFigures authority = data.find(authorityCode, year)
                .orElseThrow(() -> new NotFound("Ombudsman data for " + authorityCode + " in " + new FinancialYear(year)));
        return review(authority, data.peers(authority.type(), year));
    }

    /** Every authority's review for a year, by name. */
    public List<AnnualReview> year(int year) {
        List<NationalFigures> all = data.year(year);
        Map<AuthorityType, List<NationalFigures>> byType = all.stream()
                .collect(Collectors.groupingBy(NationalFigures::type, () -> new EnumMap<>(AuthorityType.class),
                        Collectors.toList()));
        List<AnnualReview> reviews = new ArrayList<>();
        for (NationalFigures authority : all) {
            reviews.add(review(authority, byType.get(authority.type())));
        }
        return reviews;
    }

    /** The average of similar authorities of a type for a year. */
    public PeerFigures peers(AuthorityType type, int year) {
        return peers(type, data.peers(type, year));
    }

    /** Years with national data, newest first. */
    public List<Integer> years() {
        return data.years();
    }

    private AnnualReview review(NationalFigures authority, List<NationalFigures> peers) {
        Integer own = authority.figures().upholdRate();
        List<Integer> rates = peers.stream().map(p -> p.figures().upholdRate()).filter(Objects::nonNull).toList();
        // Ties share a place: one more than the number of peers with a strictly lower rate.
        Integer position = own == null ? null : (int) rates.stream().filter(r -> r < own).count() + 1;
        return new AnnualReview(authority, peers(authority.type(), peers), position, rates.size());
    }

    private PeerFigures peers(AuthorityType type, List<NationalFigures> peers) {
        List<AnnualFigures> figures = peers.stream().map(NationalFigures::figures).toList();
        return new PeerFigures(type, peers.size(),
                method.average(figures.stream().map(AnnualFigures::uphold).toList()),
                method.average(figures.stream().map(AnnualFigures::compliance).toList()),
                method.average(figures.stream().map(AnnualFigures::satisfactoryRemedy).toList()),
                method);
    }
}
