package dev.meridian.core.coach.recurring;

import java.util.List;
import java.util.Optional;

/**
 * A small curated table of well-known subscription merchants and the service they sell. A merchant
 * key matches an entry when it contains the entry's words; longer entries are tried first so that
 * "amazon music" is music, not a shopping membership.
 */
public final class ServiceCatalog {

    private record Entry(String words, ServiceType type) {}

    private static final List<Entry> ENTRIES = List.of(
            new Entry("youtube music", ServiceType.MUSIC_STREAMING),
            new Entry("amazon music", ServiceType.MUSIC_STREAMING),
            new Entry("apple music", ServiceType.MUSIC_STREAMING),
            new Entry("spotify", ServiceType.MUSIC_STREAMING),
            new Entry("tidal", ServiceType.MUSIC_STREAMING),
            new Entry("deezer", ServiceType.MUSIC_STREAMING),
            new Entry("pandora", ServiceType.MUSIC_STREAMING),
            new Entry("youtube premium", ServiceType.VIDEO_STREAMING),
            new Entry("prime video", ServiceType.VIDEO_STREAMING),
            new Entry("netflix", ServiceType.VIDEO_STREAMING),
            new Entry("hulu", ServiceType.VIDEO_STREAMING),
            new Entry("disney", ServiceType.VIDEO_STREAMING),
            new Entry("hbo", ServiceType.VIDEO_STREAMING),
            new Entry("paramount", ServiceType.VIDEO_STREAMING),
            new Entry("peacock", ServiceType.VIDEO_STREAMING),
            new Entry("apple tv", ServiceType.VIDEO_STREAMING),
            new Entry("google one", ServiceType.CLOUD_STORAGE),
            new Entry("icloud", ServiceType.CLOUD_STORAGE),
            new Entry("dropbox", ServiceType.CLOUD_STORAGE),
            new Entry("onedrive", ServiceType.CLOUD_STORAGE),
            new Entry("peloton", ServiceType.FITNESS),
            new Entry("classpass", ServiceType.FITNESS),
            new Entry("gym", ServiceType.FITNESS),
            new Entry("verizon", ServiceType.MOBILE_PHONE),
            new Entry("t mobile", ServiceType.MOBILE_PHONE),
            new Entry("at&t", ServiceType.MOBILE_PHONE),
            new Entry("new york times", ServiceType.NEWS),
            new Entry("nytimes", ServiceType.NEWS),
            new Entry("wsj", ServiceType.NEWS),
            new Entry("amazon prime", ServiceType.SHOPPING_MEMBERSHIP),
            new Entry("costco", ServiceType.SHOPPING_MEMBERSHIP),
            new Entry("walmart+", ServiceType.SHOPPING_MEMBERSHIP));

    private ServiceCatalog() {
    }

    /** The service a merchant (a {@link MerchantKey}) sells, if it is in the table. */
    public static Optional<ServiceType> typeOf(String merchantKey) {
        String padded = " " + merchantKey + " ";
        for (Entry e : ENTRIES) {
            if (padded.contains(" " + e.words())) return Optional.of(e.type());
        }
        return Optional.empty();
    }
}
