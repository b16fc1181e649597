package dev.meridian.core.domain;

import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A split (ratio {@code splitTo}:{@code splitFrom}, e.g. 4:1 has splitTo=4, splitFrom=1; a reverse
 * split 1:10 has splitTo=1, splitFrom=10) or a cash dividend per share. Unused fields are null.
 */
public record CorporateAction(
        long id,
        long instrumentId,
        CorporateActionType type,
        LocalDate exDate,
        BigDecimal splitFrom,
        BigDecimal splitTo,
        Money dividendPerShare,
        String providerId) {

    public static CorporateAction split(long instrumentId, LocalDate exDate, BigDecimal from, BigDecimal to) {
        return new CorporateAction(0, instrumentId, CorporateActionType.SPLIT, exDate, from, to, null, null);
    }

    public static CorporateAction dividend(long instrumentId, LocalDate exDate, Money perShare) {
        return new CorporateAction(0, instrumentId, CorporateActionType.DIVIDEND, exDate, null, null, perShare, null);
    }

    public CorporateAction withId(long newId) {
        return new CorporateAction(newId, instrumentId, type, exDate, splitFrom, splitTo, dividendPerShare, providerId);
    }
}
