package ca.contingent.imports;

import java.util.List;

/** A file with invalid rows: nothing was written, and every problem is listed. */
public class ImportRejectedException extends RuntimeException {

    private final List<ImportError> errors;

    ImportRejectedException(List<ImportError> errors) {
        super("import rejected: " + errors.size() + " problem(s)");
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return this.errors;
    }

}
