package ca.contingent.shared;

/**
 * A record that does not exist, or that the caller may not know exists: both answer the
 * same.
 */
public class NotFoundException extends RuntimeException {

    private final String entity;

    private final String key;

    public NotFoundException(String entity, String key) {
        super(entity + " not found: " + key);
        this.entity = entity;
        this.key = key;
    }

    public static NotFoundException of(String entity, Object key) {
        return new NotFoundException(entity, String.valueOf(key));
    }

    public String entity() {
        return this.entity;
    }

    public String key() {
        return this.key;
    }

}
