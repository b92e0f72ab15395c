package ca.contingent.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The problems found in one file so far, each message rendered in the caller's language
 * as it is found.
 */
final class Problems {

    private final MessageSource messages;

    private final Locale locale;

    private final List<ImportError> errors = new ArrayList<>();

    Problems(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    void add(int row, String column, String messageKey, Object... arguments) {
        this.errors.add(
                new ImportError(row, column, this.messages.getMessage(messageKey, arguments, messageKey, this.locale)));
    }

    int count() {
        return this.errors.size();
    }

    boolean isEmpty() {
        return this.errors.isEmpty();
    }

    /** By row; within a row, in the order the checks found them (the sort is stable). */
    List<ImportError> list() {
        List<ImportError> sorted = new ArrayList<>(this.errors);
        sorted.sort(Comparator.comparingInt(ImportError::row));
        return sorted;
    }

}
