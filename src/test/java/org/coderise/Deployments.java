package org.coderise;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployments of the container tests. Every IT deploys the real WAR that `mvn package` built, so what is tested
 * is what ships; each deployment boots one Payara Micro (about 12 s), so keep to one IT class per context.
 */
public final class Deployments {
    private Deployments() {
    }

    /** The application as built; add test classes to it only when a test must run inside the container. */
    public static WebArchive application() {
        return ShrinkWrap.create(ZipImporter.class, "coderise.war")
                .importFrom(new File("target/coderise.war"))
                .as(WebArchive.class);
    }
}
