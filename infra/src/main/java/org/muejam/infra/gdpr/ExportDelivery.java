package org.muejam.infra.gdpr;

import java.net.URI;
import org.muejam.shared.gdpr.DataExportResponse;

/** Where a ready export is downloaded from: a signed link the platform serves, or a presigned S3 URL. */
public interface ExportDelivery {

    /** The export's download address, valid until the export's end (or sooner for a presigned URL). */
    URI downloadUrl(DataExportResponse export);
}
