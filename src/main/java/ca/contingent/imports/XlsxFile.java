package ca.contingent.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the first sheet of an XLSX workbook into an {@link ImportTable}, with POI's
 * streaming (SAX) reader: the sheet is never built in memory, only the rows kept for the
 * import are, and reading stops at the first row past the limit.
 * <p>
 * An XLSX file is a zip of XML parts, which makes it a vehicle for attacks that a CSV
 * file is not; each is refused before it costs memory:
 * <ul>
 * <li>zip bombs: POI's {@code ZipSecureFile} checks every part's inflate ratio and size
 * as it streams; its limits are left at their defaults on purpose (lowering the ratio or
 * the sizes would let a bomb through);</li>
 * <li>external entities (XXE): every XML part is parsed by POI's {@link XMLHelper}
 * parsers, which refuse a DOCTYPE;</li>
 * <li>huge sheets: the {@code <dimension>} a sheet declares allocates nothing (a sheet
 * declaring more rows than {@code contingent.import.max-rows} is refused at once), rows
 * are counted as they stream and a sheet past that limit is refused at the first row
 * beyond it; a cell far to the right of the header is counted, not stored; a text run
 * longer than {@link #MAX_CELL_CHARACTERS} (in a cell or in the shared strings) and
 * shared strings longer than {@link #MAX_SHARED_CHARACTERS} in all are refused;</li>
 * <li>formulas: never evaluated; a formula cell refuses the whole file, naming the cell,
 * since its cached value may be stale or crafted.</li>
 * </ul>
 * Cells become text as a CSV export of the sheet would write them: text as is, whole
 * numbers without {@code .0}, dates (numbers formatted as dates) as ISO
 * {@code YYYY-MM-DD}, booleans as {@code true}/{@code false}. A data row's number is its
 * sheet row minus the header's, so row 1 is the first row under the header, as in CSV.
 */
final class XlsxFile {

    private static final Logger log = LoggerFactory.getLogger(XlsxFile.class);

    /** The spreadsheet's media type, as browsers and clients declare it. */
    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Excel's own limit for a cell is 32,767 characters. */
    static final int MAX_CELL_CHARACTERS = 32_767;

    static final long MAX_SHARED_CHARACTERS = 50_000_000L;

    private XlsxFile() {
    }

    /**
     * Whether these bytes start as a zip archive does ({@code PK\3\4}), which an XLSX
     * file is and a CSV never.
     */
    static boolean looksLikeZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    static boolean isXlsxMediaType(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(MEDIA_TYPE);
    }

    /**
     * @throws ImportInputException when the bytes are not a readable workbook, hold a
     * formula, or are over a limit
     */
    static ImportTable parse(byte[] bytes, int maxRows) {
        if (!looksLikeZip(bytes)) {
            throw ImportInputException.unreadable("spreadsheet.import.notZip");
        }
        Path file = null;
        try {
            // A file, not a stream: POI then reads each part on demand from the zip's
            // directory instead of inflating
            // every part into memory first.
            file = Files.createTempFile("contingent-import-", ".xlsx");
            Files.write(file, bytes);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                return read(pkg, maxRows);
            }
        }
        catch (ImportInputException ex) {
            throw ex;
        }
        catch (SheetStopped ex) {
            throw ex.refusal;
        }
        catch (NotOfficeXmlFileException ex) {
            throw ImportInputException.unreadable("spreadsheet.import.notXlsx");
        }
        catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException | RuntimeException ex) {
            // POI reports a damaged part with runtime exceptions too (POIXMLException,
            // …): a refusal like any other,
            // logged so that a fault of ours would not pass for a bad file unseen.
            log.info("Workbook refused: {}", String.valueOf(ex));
            throw refusal(ex);
        }
        finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                }
                catch (IOException ex) {
                    file.toFile().deleteOnExit();
                }
            }
        }
    }

    private static ImportTable read(OPCPackage pkg, int maxRows)
            throws IOException, SAXException, OpenXML4JException, ParserConfigurationException {
        XSSFReader reader = new XSSFReader(pkg);
        StylesTable styles = reader.getStylesTable();
        SharedStrings strings = sharedStrings(pkg);
        Iterator<InputStream> sheets = reader.getSheetIterator();
        if (!sheets.hasNext()) {
            throw ImportInputException.unreadable("spreadsheet.import.noSheet");
        }
        Rows rows = new Rows(maxRows);
        try (InputStream sheet = sheets.next()) {
            XMLReader parser = XMLHelper.newXMLReader();
            XSSFSheetXMLHandler cells = new XSSFSheetXMLHandler(styles, null, strings, rows, new IsoDates(), false);
            parser.setContentHandler(new Guard(cells, rows));
            parser.parse(new InputSource(sheet));
        }
        return rows.table();
    }

    /**
     * The shared strings, read with the read-only table (no DOM), each run and the total
     * bounded.
     */
    private static SharedStrings sharedStrings(OPCPackage pkg) throws IOException, SAXException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new ReadOnlySharedStringsTable(pkg, false);
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            return new BoundedSharedStrings(in);
        }
    }

    /**
     * POI's message for a zip bomb is the only way to tell it from other unreadable zips.
     */
    private static ImportInputException refusal(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof SheetStopped stopped) {
                return stopped.refusal;
            }
            if (cause instanceof ImportInputException refusal) {
                return refusal;
            }
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb") || message.contains("zip bomb")) {
                return ImportInputException.unreadable("spreadsheet.import.zipBomb");
            }
            // The parsers' own words for a refused document type declaration (and so for
            // any entity it declares).
            if (message.contains("DOCTYPE") || message.contains("DTD")) {
                return ImportInputException.unreadable("spreadsheet.import.doctype");
            }
        }
        return ImportInputException.unreadable("spreadsheet.import.notXlsx");
    }

    /** A refusal raised inside the SAX parse, carried out of it unchanged. */
    private static final class SheetStopped extends SAXException {

        private final transient ImportInputException refusal;

        SheetStopped(ImportInputException refusal) {
            super(refusal.messageKey());
            this.refusal = refusal;
        }

    }

    /**
     * Sits between the parser and POI's sheet handler: refuses formulas (naming the
     * cell), remembers each cell's type so that numbers and booleans are written as the
     * import expects, and bounds the length of a text run.
     */
    private static final class Guard extends DefaultHandler {

        private final XSSFSheetXMLHandler cells;

        private final Rows rows;

        private String cellReference;

        private long runLength;

        private boolean inText;

        Guard(XSSFSheetXMLHandler cells, Rows rows) {
            this.cells = cells;
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            this.runLength = 0;
            this.inText = "v".equals(localName) || "t".equals(localName);
            if ("c".equals(localName)) {
                this.cellReference = attributes.getValue("r");
                this.rows.cellType = attributes.getValue("t");
            }
            else if ("dimension".equals(localName)) {
                this.rows.declared(attributes.getValue("ref"));
            }
            else if ("f".equals(localName)) {
                String cell = this.cellReference != null ? this.cellReference : this.rows.nextCellName();
                throw new SheetStopped(ImportInputException.unreadable("spreadsheet.import.formula", cell));
            }
            this.cells.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            this.runLength = 0;
            this.inText = false;
            this.cells.endElement(uri, localName, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            // Only a value's text is kept (by POI's handler); white space between
            // elements costs nothing.
            if (!this.inText) {
                return;
            }
            this.runLength += length;
            if (this.runLength > MAX_CELL_CHARACTERS) {
                throw new SheetStopped(
                        ImportInputException.unreadable("spreadsheet.import.cellTooLong", MAX_CELL_CHARACTERS));
            }
            this.cells.characters(ch, start, length);
        }

    }

    /**
     * Collects the rows: the first non-empty row is the header; stops past the row limit.
     */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final int maxRows;

        private List<String> header;

        private int headerRow = -1;

        private final List<ImportTable.Row> rows = new ArrayList<>();

        private List<String> current;

        private int currentWidth;

        private int currentRow;

        private int lastColumn;

        private String cellType;

        Rows(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            this.current = new ArrayList<>();
            this.currentWidth = 0;
            this.currentRow = rowNum;
            this.lastColumn = -1;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? this.lastColumn + 1 : new CellReference(reference).getCol();
            this.lastColumn = column;
            String text = text(value);
            if (text.isBlank()) {
                return;
            }
            this.currentWidth = Math.max(this.currentWidth, column + 1);
            // A cell far to the right of the header is counted (the row is then too wide)
            // but not stored, so that a
            // value in column XFD costs no more than one in column B.
            if (this.header != null && column >= this.header.size()) {
                return;
            }
            while (this.current.size() < column) {
                this.current.add("");
            }
            this.current.add(text);
        }

        private String text(String value) {
            if (value == null) {
                return "";
            }
            if ("b".equals(this.cellType)) {
                return "1".equals(value) || "TRUE".equalsIgnoreCase(value) ? "true" : "false";
            }
            if ((this.cellType == null || "n".equals(this.cellType)) && value.matches("[-+]?[0-9.]+([eE][-+]?\\d+)?")) {
                return plainNumber(value);
            }
            return value;
        }

        @Override
        public void endRow(int rowNum) {
            if (this.currentWidth == 0) {
                return;
            }
            if (this.header == null) {
                this.header = this.current.stream().map((name) -> name.trim().toLowerCase(Locale.ROOT)).toList();
                this.headerRow = rowNum;
                return;
            }
            if (this.rows.size() >= this.maxRows) {
                // Stops the parse here: the rest of the sheet is never read.
                throw ImportInputException.unreadable("spreadsheet.import.tooManyRows", this.maxRows);
            }
            // A sheet does not store empty cells at the end of a row: the row is as wide
            // as the header, unless it has
            // a value further right.
            while (this.current.size() < this.header.size()) {
                this.current.add("");
            }
            this.rows.add(new ImportTable.Row(rowNum - this.headerRow, this.current,
                    Math.max(this.currentWidth, this.header.size())));
        }

        /**
         * The range a sheet declares it uses ({@code A1:H120}) allocates nothing; a range
         * with more rows than an import accepts refuses the file at once rather than
         * after reading that many rows.
         */
        void declared(String range) {
            if (range == null || !range.contains(":")) {
                return;
            }
            try {
                String[] corners = range.split(":", 2);
                long rows = (long) new CellReference(corners[1]).getRow() - new CellReference(corners[0]).getRow();
                if (rows > this.maxRows) {
                    throw ImportInputException.unreadable("spreadsheet.import.tooManyRows", this.maxRows);
                }
            }
            catch (IllegalArgumentException ex) {
                // A damaged range says nothing; the rows themselves are counted anyway.
            }
        }

        String nextCellName() {
            return new CellReference(this.currentRow, this.lastColumn + 1).formatAsString(false);
        }

        ImportTable table() {
            if (this.header == null) {
                throw ImportInputException.unreadable("import.input.empty");
            }
            return new ImportTable(this.header, this.rows);
        }

    }

    /**
     * A number as the import reads one: {@code 12}, not {@code 12.0} or {@code 1.2E1}.
     */
    static String plainNumber(String value) {
        try {
            BigDecimal number = new BigDecimal(value).stripTrailingZeros();
            return number.scale() < 0 ? number.setScale(0).toPlainString() : number.toPlainString();
        }
        catch (NumberFormatException ex) {
            return value;
        }
    }

    /**
     * Date-formatted numbers as ISO dates, other numbers plain; never the locale's own
     * way of writing them.
     */
    private static final class IsoDates extends DataFormatter {

        IsoDates() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime at = DateUtil.getLocalDateTime(value, false, true);
                return at.toLocalTime().toSecondOfDay() == 0 ? at.toLocalDate().toString() : at.toString();
            }
            return plainNumber(BigDecimal.valueOf(value).toString());
        }

    }

    /**
     * The read-only shared strings table, with every run and the whole table bounded as
     * they are read.
     */
    private static final class BoundedSharedStrings extends ReadOnlySharedStringsTable {

        private long run;

        private long total;

        private boolean inText;

        BoundedSharedStrings(InputStream in) throws IOException, SAXException {
            super(in, false);
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes attributes) throws SAXException {
            this.run = 0;
            this.inText = "t".equals(localName);
            super.startElement(uri, localName, name, attributes);
        }

        @Override
        public void endElement(String uri, String localName, String name) throws SAXException {
            this.run = 0;
            this.inText = false;
            super.endElement(uri, localName, name);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (!this.inText) {
                return;
            }
            this.run += length;
            this.total += length;
            if (this.run > MAX_CELL_CHARACTERS) {
                throw new SheetStopped(
                        ImportInputException.unreadable("spreadsheet.import.cellTooLong", MAX_CELL_CHARACTERS));
            }
            if (this.total > MAX_SHARED_CHARACTERS) {
                throw new SheetStopped(ImportInputException.unreadable("spreadsheet.import.tooLarge"));
            }
            super.characters(ch, start, length);
        }

    }

}
