package id.netra.integration.connector;

import id.netra.integration.config.ConfigProblem;
import java.util.List;

/**
 * What a reload did with one connector file.
 *
 * @param action ADDED, RELOADED, UNCHANGED, REMOVED or REJECTED (the previous version, if any,
 *     keeps running)
 */
public record ReloadResult(String id, String file, String action, List<ConfigProblem> problems) {}
