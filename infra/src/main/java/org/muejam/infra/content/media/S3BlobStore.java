package org.muejam.infra.content.media;

import java.util.Optional;
import org.muejam.command.content.media.BlobStore;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** Blobs as objects in one S3 bucket (AWS or an S3-compatible server), every key under a prefix. */
public final class S3BlobStore implements BlobStore, AutoCloseable {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    /** A store over a client made elsewhere; {@link #close()} closes that client. */
    public S3BlobStore(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix == null ? "" : prefix;
    }

    /** The store the settings describe; start-up fails, naming what to fix, without a bucket or a region. */
    public static S3BlobStore open(MediaProperties.S3 settings) {
        if (settings.bucket() == null || settings.bucket().isBlank()) {
            throw new IllegalStateException(
                    "MUEJAM_BLOB_STORE is s3, so set MUEJAM_BLOB_S3_BUCKET to the bucket that keeps uploaded images");
        }
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .forcePathStyle(settings.pathStyleAccess());
        if (settings.endpointUri() != null) {
            builder.endpointOverride(settings.endpointUri());
        }
        if (settings.region() != null) {
            builder.region(Region.of(settings.region()));
        } else if (settings.endpointUri() != null) {
            builder.region(Region.US_EAST_1);
        }
        try {
            return new S3BlobStore(builder.build(), settings.bucket(), settings.prefix());
        } catch (SdkClientException e) {
            throw new IllegalStateException(
                    "set MUEJAM_BLOB_S3_REGION (or AWS_REGION) to the region of the bucket " + settings.bucket() + ": "
                            + e.getMessage(),
                    e);
        }
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) {
        s3.putObject(
                request -> request.bucket(bucket).key(objectKey(key)).contentType(contentType),
                RequestBody.fromBytes(bytes));
    }

    @Override
    public Optional<Blob> get(String key) {
        try {
            ResponseBytes<GetObjectResponse> object =
                    s3.getObjectAsBytes(request -> request.bucket(bucket).key(objectKey(key)));
            String type = object.response().contentType();
            return Optional.of(new Blob(object.asByteArray(), type == null ? "application/octet-stream" : type));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(String key) {
        s3.deleteObject(request -> request.bucket(bucket).key(objectKey(key)));
    }

    @Override
    public void close() {
        s3.close();
    }

    private String objectKey(String key) {
        return prefix + BlobStore.requireValidKey(key);
    }
}
