package id.netra.domain.training;

import java.util.List;
import java.util.Optional;

/** Where training modules and completions are kept. */
public interface TrainingRepository {

  Optional<TrainingModule> findModule(long id);

  /** The newest published version of a module code in an agency. */
  Optional<TrainingModule> findCurrentPublished(String agencyCode, String code);

  List<TrainingModule> findModules(String agencyCode);

  int nextModuleVersion(String agencyCode, String code);

  void addModule(TrainingModule module);

  List<TrainingCompletion> findCompletions(String nip, String moduleCode);

  Optional<TrainingCompletion> findImported(String provider, String externalId);

  void addCompletion(TrainingCompletion completion);

  int countAttempts(String nip, long moduleId, java.time.LocalDate day);

  void addAttempt(TrainingAttempt attempt);
}
