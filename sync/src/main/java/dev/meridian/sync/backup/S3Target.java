package dev.meridian.sync.backup;

import dev.meridian.core.backup.BackupTarget;
import dev.meridian.core.backup.MissingObjectException;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A backup target in an S3-compatible bucket (AWS S3, MinIO, Cloudflare R2, Backblaze B2, ...).
 * Uses the AWS SDK v2 on the JDK's HTTP client. Checksums are sent only where the API requires
 * them: the newer default (CRC trailers in aws-chunked bodies) is not understood by many
 * S3-compatible servers, and every object is authenticated by its own encryption anyway.
 * S3 PUTs are atomic, so a reader never sees a half-written object.
 */
public final class S3Target implements BackupTarget {

    private final S3Client client;
    private final S3Settings settings;
    private final String keyPrefix;

    public S3Target(S3Settings settings) {
        this.settings = settings;
        this.keyPrefix = settings.prefix().isEmpty() || settings.prefix().endsWith("/") ? settings.prefix() : settings.prefix() + "/";
        var builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKeyId(), settings.secretAccessKey())))
                .forcePathStyle(settings.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(15))
                        .socketTimeout(Duration.ofSeconds(60))
                        .build());
        if (!settings.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(settings.endpoint().trim()));
        }
        this.client = builder.build();
    }

    @Override
    public boolean putIfAbsent(String name, byte[] content) throws IOException {
        if (exists(name)) {
            return false;
        }
        call(name, () -> client.putObject(r -> r.bucket(settings.bucket()).key(key(name)).contentLength((long) content.length),
                RequestBody.fromBytes(content)));
        return true;
    }

    @Override
    public byte[] get(String name) throws IOException {
        try {
            return client.getObjectAsBytes(r -> r.bucket(settings.bucket()).key(key(name))).asByteArray();
        } catch (NoSuchKeyException e) {
            throw new MissingObjectException(name, describe());
        } catch (SdkException e) {
            throw failure(name, e);
        }
    }

    @Override
    public boolean exists(String name) throws IOException {
        try {
            client.headObject(r -> r.bucket(settings.bucket()).key(key(name)));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw failure(name, e);
        } catch (SdkException e) {
            throw failure(name, e);
        }
    }

    @Override
    public List<String> list(String prefix) throws IOException {
        List<String> names = new ArrayList<>();
        try {
            for (S3Object object : client.listObjectsV2Paginator(r -> r.bucket(settings.bucket()).prefix(keyPrefix + prefix)).contents()) {
                names.add(object.key().substring(keyPrefix.length()));
            }
        } catch (SdkException e) {
            throw failure(prefix, e);
        }
        return names;
    }

    @Override
    public void delete(String name) throws IOException {
        call(name, () -> client.deleteObject(r -> r.bucket(settings.bucket()).key(key(name))));
    }

    @Override
    public String describe() {
        return "S3 bucket " + settings.bucket() + (settings.endpoint().isBlank() ? "" : " at " + settings.endpoint());
    }

    @Override
    public void close() {
        client.close();
    }

    private String key(String name) {
        return keyPrefix + name;
    }

    private void call(String name, Runnable request) throws IOException {
        try {
            request.run();
        } catch (SdkException e) {
            throw failure(name, e);
        }
    }

    private IOException failure(String name, SdkException e) {
        String detail = e instanceof S3Exception s3 && s3.awsErrorDetails() != null
                ? s3.statusCode() + " " + s3.awsErrorDetails().errorCode() + ": " + s3.awsErrorDetails().errorMessage()
                : e.getMessage();
        return new IOException(describe() + " failed on " + name + ": " + detail, e);
    }

    @Override
    public String toString() {
        return "S3Target[" + describe() + "]";
    }
}
