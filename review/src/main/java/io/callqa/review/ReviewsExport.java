package io.callqa.review;

import io.callqa.lake.LakeLocation;
import io.callqa.s3.S3Objects;
import io.callqa.s3.S3Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Map;

/**
 * The reviewers' current verdicts as the lake's reviews table (LAKE/reviews/reviews.parquet),
 * rewritten whole after each decision (it is small) and swapped in atomically, so precision per
 * rule is one join with rule_hits.
 */
final class ReviewsExport {
    private final LakeLocation lake;

    ReviewsExport(LakeLocation lake) {
        this.lake = lake;
    }

    synchronized void write(ReviewBook book) throws Exception {
        Path tmp = Files.createTempFile("callqa-reviews-", ".parquet");
        Files.delete(tmp); // DuckDB creates it
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement s = db.createStatement()) {
            s.execute("CREATE TABLE reviews (call_id VARCHAR, rule_id VARCHAR, start_ms BIGINT, verdict VARCHAR, reason VARCHAR,"
                    + " reviewer VARCHAR, reviewed_at TIMESTAMP WITH TIME ZONE)");
            try (PreparedStatement p = db.prepareStatement("INSERT INTO reviews VALUES (?, ?, ?, ?, ?, ?, to_timestamp(? / 1000.0))")) {
                for (Map.Entry<String, Map<String, ReviewBook.Verdict>> call : book.allVerdicts().entrySet()) {
                    for (Map.Entry<String, ReviewBook.Verdict> v : call.getValue().entrySet()) {
                        p.setString(1, call.getKey());
                        p.setString(2, CallPage.ruleOf(v.getKey()));
                        p.setLong(3, CallPage.startOf(v.getKey()));
                        p.setString(4, v.getValue().verdict());
                        p.setString(5, v.getValue().reason());
                        p.setString(6, v.getValue().user());
                        p.setLong(7, v.getValue().at());
                        p.addBatch();
                    }
                }
                p.executeBatch();
            }
            s.execute("COPY reviews TO '" + tmp.toString().replace("'", "''") + "' (FORMAT PARQUET)");
        }
        try {
            if (lake.inBucket()) {
                new S3Objects(S3Settings.fromEnvironment().client(), lake.bucket()).upload(tmp, lake.prefix() + "reviews/reviews.parquet");
            } else {
                Path target = lake.folder().resolve("reviews").resolve("reviews.parquet");
                Files.createDirectories(target.getParent());
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
