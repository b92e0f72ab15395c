package ca.contingent.database;

import java.nio.file.Path;

/** Another running Contingent holds the embedded database's data folder. */
public class DataFolderInUseException extends IllegalStateException {

    private final Path dataDir;

    DataFolderInUseException(Path dataDir, Throwable cause) {
        super("The data folder " + dataDir + " is in use by another running Contingent.", cause);
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return this.dataDir;
    }

}
