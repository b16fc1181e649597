package dev.meridian.core.imports;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * The provider id an imported booking is stored under, which makes re-importing the same file a no-op.
 * With a bank id (OFX FITID, a reference column) it is {@code fitid:<id>}. Without one it is a hash
 * of account, date, amount, normalized payee and the occurrence index among identical rows of the same
 * file — so two equal coffees on one day stay two bookings, and the same file hashes the same way again.
 * One instance per file: it counts occurrences.
 */
public final class ImportKeys {

    /** Ids longer than this are hashed so they fit the 200-character provider id column. */
    static final int MAX_ID = 180;

    private final long accountId;
    private final Map<String, Integer> occurrences = new HashMap<>();
    private final MessageDigest sha256;

    public ImportKeys(long accountId) {
        this.accountId = accountId;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Key from the source's own id. */
    public String fromId(String prefix, String id) {
        String clean = id.strip();
        return clean.length() <= MAX_ID ? prefix + ":" + clean : prefix + "#" + hash(clean);
    }

    /** Key from the row's content; {@code parts} are extra distinguishing values (instrument, quantity). */
    public String fromContent(LocalDate date, BigDecimal amount, String payee, String... parts) {
        StringBuilder content = new StringBuilder();
        content.append(accountId).append('|').append(date).append('|').append(plain(amount)).append('|').append(normalize(payee));
        for (String p : parts) content.append('|').append(p == null ? "" : normalize(p));
        String base = content.toString();
        int occurrence = occurrences.merge(base, 1, Integer::sum) - 1;
        return "hash:" + hash(base + "|#" + occurrence);
    }

    /** Case, accents' composition and runs of spaces do not make a payee different. */
    public static String normalize(String payee) {
        if (payee == null) return "";
        String n = Normalizer.normalize(payee, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        return n.replaceAll("\\s+", " ");
    }

    private static String plain(BigDecimal amount) {
        if (amount == null) return "";
        BigDecimal s = amount.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    private String hash(String s) {
        byte[] digest = sha256.digest(s.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 16);
    }
}
