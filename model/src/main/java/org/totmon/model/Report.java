package org.totmon.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A published report as read: its cleaned text and what its source said about it.
 * {@code published} is {@code YYYY-MM-DD}, {@code YYYY-MM} or null; {@code language} is the declared one (may be null).
 */
public record Report(String id, String url, String outlet, String title, String published, String language, String text) {

    public Report {
        if (text == null) throw new IllegalArgumentException("report text is null");
    }

    /** A stable id from the content, so the same report read twice gets the same id. */
    public static String contentId(String text) {
        String normalized = text.strip().replaceAll("\\s+", " ");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public PublicationDate publicationDate() {
        return PublicationDate.parse(published);
    }
}
