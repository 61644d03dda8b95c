package id.netra.integration.config;

import java.util.List;

/** A connector file that cannot be used, with every fault found in it. */
public class ConnectorConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final transient List<ConfigProblem> problems;

  public ConnectorConfigException(String file, List<ConfigProblem> problems) {
    super(file + ": " + problems);
    this.file = file;
    this.problems = List.copyOf(problems);
  }

  public String file() {
    return file;
  }

  public List<ConfigProblem> problems() {
    return problems;
  }
}
