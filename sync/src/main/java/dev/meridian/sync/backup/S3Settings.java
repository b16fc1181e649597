package dev.meridian.sync.backup;

import java.net.URI;
import java.util.Objects;

/**
 * Where an S3-compatible bucket is and how to sign in. {@code endpoint} is empty for AWS itself and
 * the service URL for MinIO, Cloudflare R2, Backblaze B2 and the like, which usually also want
 * {@code pathStyle}. {@code prefix} (may be empty) keeps backups in a folder of a shared bucket.
 */
public record S3Settings(String endpoint, String region, String bucket, String prefix, String accessKeyId, String secretAccessKey,
        boolean pathStyle) {

    public S3Settings {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(prefix, "prefix");
        require(region, "region");
        require(bucket, "bucket");
        require(accessKeyId, "access key id");
        require(secretAccessKey, "secret access key");
        if (!endpoint.isBlank()) {
            URI uri;
            try {
                uri = URI.create(endpoint.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("The S3 endpoint '" + endpoint + "' is not a URL.");
            }
            if (uri.getScheme() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http")) || uri.getHost() == null) {
                throw new IllegalArgumentException("The S3 endpoint must be an http(s) URL such as https://s3.example.com, not '" + endpoint + "'.");
            }
        }
        if (prefix.startsWith("/")) {
            throw new IllegalArgumentException("The S3 prefix must not start with '/'.");
        }
    }

    private static void require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The S3 " + what + " must not be empty.");
        }
    }

    @Override
    public String toString() {
        return "S3Settings[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", prefix=" + prefix
                + ", accessKeyId=" + accessKeyId + ", secretAccessKey=<hidden>, pathStyle=" + pathStyle + "]";
    }
}
