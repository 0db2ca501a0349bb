package io.ispflow.platform.web;

import io.ispflow.platform.problem.PreconditionRequiredException;
import io.ispflow.platform.problem.StaleVersionException;

/**
 * Optimistic locking over HTTP: every resource's version is its ETag; an update must send it back in
 * If-Match. A missing If-Match is a 428, a stale one a 412.
 */
public final class ETags {

    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Checks the If-Match header against the current version of the resource. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || stripWeak(tag).equals(of(currentVersion))) {
                return;
            }
        }
        throw new StaleVersionException(
                "The resource is at version " + of(currentVersion) + "; reload it before changing it.");
    }

    private static String stripWeak(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
