package ca.contingent.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import ca.contingent.MessageBundles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reading the documents back as text, and the interface text of the bundles they are
 * written with.
 */
final class DocumentTexts {

    /**
     * The bundles whose messages the documents show: the documents' own and the report
     * page's.
     */
    static final List<String> BUNDLES = List.of("i18n/document/messages", "i18n/reporting/messages");

    private DocumentTexts() {
    }

    /** The PDF's text with every run of white space (line ends included) as one space. */
    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return normalise(new PDFTextStripper().getText(document));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * The text of an HTML page: tags gone, character references decoded, white space
     * normalised.
     */
    static String htmlText(String html) {
        String withoutHead = html.replaceAll("(?s)<head>.*?</head>", " ");
        String text = withoutHead.replaceAll("(?s)<svg.*?</svg>", " ").replaceAll("<[^>]+>", " ");
        text = text.replace("&#39;", "'")
            .replace("&quot;", "\"")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&");
        return normalise(text);
    }

    static String normalise(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    }

    /**
     * The English interface text that a French document must not show: for each message
     * whose English and French values differ, the literal parts of the English one
     * (MessageFormat arguments removed, the alternatives of a choice kept) that have at
     * least four characters and are not also French text of some message.
     */
    static List<String> englishOnlyFragments() {
        List<String> french = new ArrayList<>();
        List<String[]> pairs = new ArrayList<>();
        for (String bundle : BUNDLES) {
            Properties en = MessageBundles.load(bundle + ".properties");
            Properties fr = MessageBundles.load(bundle + "_fr.properties");
            for (String key : en.stringPropertyNames()) {
                french.add(fr.getProperty(key));
                if (!en.getProperty(key).equals(fr.getProperty(key))) {
                    pairs.add(new String[] { key, en.getProperty(key) });
                }
            }
        }
        List<String> fragments = new ArrayList<>();
        for (String[] pair : pairs) {
            for (String fragment : literals(pair[1])) {
                String trimmed = fragment.strip().replaceAll("^[,.:;()]+|[,.:;()]+$", "").strip();
                if (trimmed.length() >= 4 && trimmed.chars().anyMatch(Character::isLetter)
                        && french.stream().noneMatch((value) -> contains(value, trimmed))) {
                    fragments.add(trimmed);
                }
            }
        }
        return fragments;
    }

    /** Whether the text contains the fragment as whole words. */
    static boolean contains(String text, String fragment) {
        return Pattern.compile("(?<!\\p{L})" + Pattern.quote(fragment) + "(?!\\p{L})").matcher(text).find();
    }

    /**
     * The literal text of a MessageFormat pattern, split where arguments stand; a
     * choice's texts are literals too.
     */
    static List<String> literals(String pattern) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '{') {
                int depth = 0;
                int end = i;
                for (; end < pattern.length(); end++) {
                    if (pattern.charAt(end) == '{') {
                        depth++;
                    }
                    else if (pattern.charAt(end) == '}' && --depth == 0) {
                        break;
                    }
                }
                parts.add(current.toString());
                current.setLength(0);
                String argument = pattern.substring(i + 1, end);
                int choice = argument.indexOf(",choice,");
                if (choice >= 0) {
                    for (String alternative : argument.substring(choice + 8).split("\\|")) {
                        parts.addAll(literals(alternative.replaceFirst("^[\\d.]+[#<]", "")));
                    }
                }
                i = end + 1;
            }
            else {
                current.append(c);
                i++;
            }
        }
        parts.add(current.toString());
        return parts;
    }

}
