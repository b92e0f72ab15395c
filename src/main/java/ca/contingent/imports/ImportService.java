package ca.contingent.imports;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ca.contingent.audit.AuditAction;
import ca.contingent.audit.AuditLog;
import ca.contingent.shared.Upserts.Written;
import org.postgresql.util.PSQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one CSV file of one kind: reads it, checks every row and reports every problem
 * at once, and only when all rows are valid writes them, all in one transaction, with one
 * audit event for each record created or changed.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    /**
     * The key PostgreSQL names in a unique or exclusion violation:
     * {@code Key (code)=(RCMP) already exists}.
     */
    private static final Pattern VIOLATED_KEY = Pattern.compile("Key \\((.*?)\\)=\\((.*?)\\)");

    private final Map<ImportKind, KindImporter<?>> importers = new EnumMap<>(ImportKind.class);

    private final MessageSource messages;

    private final AuditLog audit;

    private final ObjectMapper json;

    private final TransactionTemplate transaction;

    private final long maxBytes;

    private final int maxRows;

    ImportService(List<KindImporter<?>> importers, MessageSource messages, AuditLog audit, ObjectMapper json,
            PlatformTransactionManager transactions, @Value("${contingent.import.max-bytes:20971520}") long maxBytes,
            @Value("${contingent.import.max-rows:100000}") int maxRows) {
        importers.forEach((importer) -> this.importers.put(importer.kind(), importer));
        this.messages = messages;
        this.audit = audit;
        this.json = json;
        // Nested: inside a caller's transaction (the reference data loader, a test) an
        // import is a savepoint, so a
        // dry run or a refused file rolls back its own writes and leaves the caller's
        // transaction usable.
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
    }

    public long maxBytes() {
        return this.maxBytes;
    }

    /**
     * Reads the body and imports it.
     * @throws ImportInputException when the body is not a readable CSV file or is too
     * large
     * @throws ImportRejectedException when some rows are invalid; nothing was written
     */
    public ImportResult importCsv(ImportKind kind, InputStream body, boolean dryRun, ImportScope scope) {
        return importFile(kind, body, "text/csv", dryRun, scope);
    }

    /**
     * Reads the body as an XLSX workbook when its declared type is the spreadsheet's or
     * its bytes are a zip archive (whatever the file's name or a browser's guess of its
     * type), otherwise as CSV, and imports it; both formats go through the same checks
     * and the same writing.
     * @param contentType the declared media type, may be null
     * @throws ImportInputException when the body is not a readable file of its format or
     * is over a limit
     * @throws ImportRejectedException when some rows are invalid; nothing was written
     */
    public ImportResult importFile(ImportKind kind, InputStream body, String contentType, boolean dryRun,
            ImportScope scope) {
        byte[] bytes = CsvFile.readAtMost(body, this.maxBytes);
        ImportTable table = XlsxFile.isXlsxMediaType(contentType) || XlsxFile.looksLikeZip(bytes)
                ? XlsxFile.parse(bytes, this.maxRows) : CsvFile.parse(bytes, this.maxRows);
        return importTable(kind, table, dryRun, scope, true);
    }

    /**
     * The shipped reference data set, loaded into an empty database at start-up: not
     * audited. Hundreds of "system created" events would bury the log's first real
     * entries and tell nothing that the shipped files do not.
     */
    ImportResult importReferenceData(ImportKind kind, InputStream body) {
        return importTable(kind, CsvFile.read(body, this.maxBytes), false, ImportScope.everything(), false);
    }

    private ImportResult importTable(ImportKind kind, ImportTable file, boolean dryRun, ImportScope scope,
            boolean audited) {
        KindImporter<?> importer = this.importers.get(kind);
        if (importer == null) {
            throw new IllegalStateException("no importer for " + kind);
        }
        return run(importer, file, dryRun, scope, audited);
    }

    private <L> ImportResult run(KindImporter<L> importer, ImportTable file, boolean dryRun, ImportScope scope,
            boolean audited) {
        Problems problems = new Problems(this.messages, LocaleContextHolder.getLocale());
        Map<String, Integer> columns = columns(importer, file.header(), problems);
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems.list());
        }
        List<KindImporter.Line<L>> lines = read(importer, file.rows(), columns, problems);
        try {
            ImportResult result = this.transaction.execute((status) -> {
                importer.check(lines, problems, scope);
                if (!problems.isEmpty()) {
                    throw new ImportRejectedException(problems.list());
                }
                List<Written> written = importer.write(lines.stream().map(KindImporter.Line::value).toList());
                if (dryRun) {
                    // A dry run writes like a real one, so its counts are exactly what
                    // the import would do, and then
                    // rolls back; its events would roll back too, so none are written.
                    status.setRollbackOnly();
                }
                else if (audited) {
                    audit(importer.kind(), written);
                }
                int rows = lines.size();
                int created = (int) written.stream().filter(Written::created).count();
                int updated = written.size() - created;
                return new ImportResult(importer.kind().path(), rows, created, updated, rows - created - updated);
            });
            return result;
        }
        catch (DataIntegrityViolationException ex) {
            throw refused(ex, importer, lines, problems);
        }
    }

    /**
     * One event per record, in the import's transaction and in the name of the signed-in
     * user.
     */
    private void audit(ImportKind kind, List<Written> written) {
        for (Written record : written) {
            this.audit.change(record.created() ? AuditAction.CREATE : AuditAction.UPDATE, kind.entity(), record.key(),
                    tree(record.before()), tree(record.after()));
        }
    }

    /**
     * The database's JSON as a tree, which the audit log writes back as the same JSON
     * rather than as a string.
     */
    private Object tree(String json) {
        return json == null ? null : this.json.readTree(json);
    }

    /**
     * Header names to positions; unknown, repeated and missing columns are problems of
     * row 0.
     */
    private static Map<String, Integer> columns(KindImporter<?> importer, List<String> header, Problems problems) {
        Map<String, KindImporter.Column> known = importer.columns()
            .stream()
            .collect(Collectors.toMap(KindImporter.Column::name, (column) -> column));
        String expected = importer.columns().stream().map(KindImporter.Column::name).collect(Collectors.joining(", "));
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (!known.containsKey(name)) {
                problems.add(0, name, "import.error.unknownColumn", name, expected);
            }
            else if (positions.putIfAbsent(name, i) != null) {
                problems.add(0, name, "import.error.repeatedColumn", name);
            }
        }
        for (KindImporter.Column column : importer.columns()) {
            if (column.required() && !positions.containsKey(column.name())) {
                problems.add(0, column.name(), "import.error.missingColumn", column.name());
            }
        }
        return positions;
    }

    /**
     * Every row read, its problems recorded; a key used twice is a problem of the later
     * row.
     */
    private static <L> List<KindImporter.Line<L>> read(KindImporter<L> importer, List<ImportTable.Row> records,
            Map<String, Integer> columns, Problems problems) {
        List<String> keyColumns = importer.keyColumns();
        String keyColumn = keyColumns.get(0);
        Map<String, Integer> firstRowOfKey = new HashMap<>();
        List<KindImporter.Line<L>> lines = new ArrayList<>();
        int columnCount = columns.size();
        for (ImportTable.Row record : records) {
            int row = record.number();
            if (record.isBlank()) {
                // Spreadsheets leave rows of empty cells (",,,,") or spaces at the end of
                // a file: not data.
                continue;
            }
            Cells cells = new Cells(record, columns, row, problems);
            if (record.width() != columnCount) {
                cells.problem("", "import.error.cellCount", String.valueOf(record.width()),
                        String.valueOf(columnCount));
            }
            String key = compositeKey(cells, keyColumns);
            if (key != null) {
                Integer first = firstRowOfKey.putIfAbsent(key, row);
                if (first != null) {
                    cells.problem(keyColumn, "import.error.duplicateKey", key, String.valueOf(first));
                }
            }
            lines.add(new KindImporter.Line<>(row, importer.read(cells)));
        }
        return lines;
    }

    /** The key's cells joined by "|", or {@code null} when one of them is empty. */
    private static String compositeKey(Cells cells, List<String> keyColumns) {
        List<String> values = new ArrayList<>();
        for (String column : keyColumns) {
            String value = cells.value(column);
            if (value == null) {
                return null;
            }
            values.add(value);
        }
        return String.join("|", values);
    }

    /**
     * A rule the database enforces and the checks did not foresee (or a concurrent import
     * that got there first): still a 422, naming the row when the database names its key.
     */
    private static <L> ImportRejectedException refused(DataIntegrityViolationException ex, KindImporter<L> importer,
            List<KindImporter.Line<L>> lines, Problems problems) {
        String detail = ex.getMostSpecificCause().getMessage();
        log.info("Import of {} refused by the database: {}", importer.kind().path(), detail);
        int row = 0;
        Matcher key = VIOLATED_KEY.matcher(detail == null ? "" : detail);
        if (key.find()) {
            String value = key.group(2);
            row = lines.stream()
                .filter((line) -> value.equals(importer.key(line.value())))
                .mapToInt(KindImporter.Line::row)
                .findFirst()
                .orElse(0);
        }
        if (row > 0) {
            problems.add(row, importer.columns().get(0).name(), "import.error.refused");
        }
        else {
            String constraint = ex.getMostSpecificCause() instanceof PSQLException psql
                    && psql.getServerErrorMessage() != null ? psql.getServerErrorMessage().getConstraint() : null;
            problems.add(0, "", "import.error.refusedFile", constraint == null ? "?" : constraint);
        }
        return new ImportRejectedException(problems.list());
    }

}
