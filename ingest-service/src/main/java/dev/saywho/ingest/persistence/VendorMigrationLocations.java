package dev.saywho.ingest.persistence;

import java.util.Collection;
import java.util.List;

import jakarta.inject.Singleton;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.resource.LoadableResource;
import org.jboss.logging.Logger;

import io.quarkus.flyway.FlywayConfigurationCustomizer;

/**
 * Runs the common migrations plus those of the database actually connected to ({@code db/migration/postgresql} or
 * {@code db/migration/h2}).
 *
 * <p>Quarkus packages the migrations of every location listed in {@code quarkus.flyway.locations} at build time, but
 * the database is only known at run time; this customizer narrows Flyway's view of the packaged migrations to the
 * common folder and the connected vendor's folder.
 */
@Singleton
public class VendorMigrationLocations implements FlywayConfigurationCustomizer {

    static final String COMMON = "db/migration/common";

    private static final Logger LOG = Logger.getLogger(VendorMigrationLocations.class);

    @Override
    public void customize(FluentConfiguration configuration) {
        DatabaseVendor vendor = DatabaseVendor.of(configuration.getDataSource());
        String vendorLocation = "db/migration/" + vendor.migrationFolder();
        configuration.locations(COMMON, vendorLocation);
        ResourceProvider packaged = configuration.getResourceProvider();
        if (packaged != null) {
            configuration.resourceProvider(new FolderFilter(packaged, List.of(COMMON + "/", vendorLocation + "/")));
        }
        LOG.infof("Database is %s: migrations from %s and %s", vendor, COMMON, vendorLocation);
    }

    /** The packaged migrations that lie in one of the given folders. */
    private record FolderFilter(ResourceProvider delegate, List<String> folders) implements ResourceProvider {

        @Override
        public LoadableResource getResource(String name) {
            LoadableResource resource = delegate.getResource(name);
            return resource != null && inFolders(resource) ? resource : null;
        }

        @Override
        public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
            return delegate.getResources(prefix, suffixes).stream()
                    .filter(this::inFolders)
                    .toList();
        }

        private boolean inFolders(LoadableResource resource) {
            String path = resource.getAbsolutePath();
            return folders.stream().anyMatch(path::startsWith);
        }
    }
}
