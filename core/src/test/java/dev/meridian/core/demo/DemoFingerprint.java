package dev.meridian.core.demo;

import dev.meridian.core.domain.Transaction;
import dev.meridian.core.market.BarSeries;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 over generated data, to compare whole data sets in one assertion. */
final class DemoFingerprint {

    private final MessageDigest digest;

    DemoFingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    DemoFingerprint add(BarSeries bars) {
        ByteBuffer buf = ByteBuffer.allocate(48);
        for (int i = 0; i < bars.size(); i++) {
            buf.clear();
            buf.putLong(bars.time(i)).putDouble(bars.open(i)).putDouble(bars.high(i)).putDouble(bars.low(i))
                    .putDouble(bars.close(i)).putDouble(bars.volume(i));
            digest.update(buf.array());
        }
        return this;
    }

    DemoFingerprint add(DemoMarket market) {
        market.daily().values().forEach(h -> add(h.bars()).add(h.splits().toString()).add(h.dividends().toString()));
        market.minutes().values().forEach(this::add);
        return this;
    }

    DemoFingerprint add(List<Transaction> transactions) {
        transactions.forEach(t -> add(t.toString()));
        return this;
    }

    DemoFingerprint add(String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
