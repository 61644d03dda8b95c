package id.netra.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR the build made, as every Arquillian test deploys it: unchanged, as users run it. */
final class NetraEar {

  private NetraEar() {}

  static EnterpriseArchive archive() {
    return ShrinkWrap.create(ZipImporter.class, "netra.ear")
        .importFrom(new File(System.getProperty("netra.ear", "target/netra.ear")))
        .as(EnterpriseArchive.class);
  }
}
