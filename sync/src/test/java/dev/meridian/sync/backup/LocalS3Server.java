package dev.meridian.sync.backup;

import java.net.URI;
import java.util.Properties;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;

/** A real S3 server (s3proxy over jclouds' in-memory blob store) on a free localhost port. */
public final class LocalS3Server implements AutoCloseable {

    static final String ACCESS_KEY = "meridian-test";
    static final String SECRET_KEY = "meridian-test-secret";

    private final BlobStoreContext context;
    private final S3Proxy proxy;

    public LocalS3Server(String bucket) throws Exception {
        this(bucket, null);
    }

    /** @param folder where the blobs are kept (jclouds' filesystem store), or null to keep them in memory */
    public LocalS3Server(String bucket, java.nio.file.Path folder) throws Exception {
        Properties properties = new Properties();
        if (folder != null) {
            properties.setProperty("jclouds.filesystem.basedir", folder.toString());
        }
        context = ContextBuilder.newBuilder(folder == null ? "transient" : "filesystem").credentials("identity", "credential")
                .overrides(properties).build(BlobStoreContext.class);
        context.getBlobStore().createContainerInLocation(null, bucket);
        proxy = S3Proxy.builder().blobStore(context.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
        proxy.start();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!"STARTED".equals(proxy.getState())) {
            if (System.nanoTime() > deadline) throw new IllegalStateException("s3proxy did not start: " + proxy.getState());
            Thread.onSpinWait();
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + proxy.getPort();
    }

    public S3Settings settings(String bucket, String prefix) {
        return new S3Settings(endpoint(), "us-east-1", bucket, prefix, ACCESS_KEY, SECRET_KEY, true);
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
        context.close();
    }
}
