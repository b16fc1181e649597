package dev.meridian.core.coach.recurring;

/** What kind of service a subscription buys; two active series of one type are an overlap. */
public enum ServiceType {
    MUSIC_STREAMING("music streaming"),
    VIDEO_STREAMING("video streaming"),
    CLOUD_STORAGE("cloud storage"),
    FITNESS("fitness"),
    MOBILE_PHONE("mobile phone"),
    NEWS("news"),
    SHOPPING_MEMBERSHIP("shopping membership");

    private final String label;

    ServiceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
