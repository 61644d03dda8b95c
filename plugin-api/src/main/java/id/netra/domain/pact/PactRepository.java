package id.netra.domain.pact;

import java.util.List;
import java.util.Optional;

/** Where pact templates and signatures are kept. */
public interface PactRepository {

  Optional<PactTemplate> findTemplate(long id);

  /** The newest published version of the agency's pact, if any. */
  Optional<PactTemplate> findCurrentPublished(String agencyCode);

  List<PactTemplate> findTemplates(String agencyCode);

  int nextTemplateVersion(String agencyCode, String code);

  void addTemplate(PactTemplate template);

  Optional<PactSignature> findValidSignature(String nip, long electionId);

  void addSignature(PactSignature signature);
}
