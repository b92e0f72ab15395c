package ca.contingent.document;

/**
 * The documents' charts as SVG, drawn from the document model: head count per mission
 * (women and others stacked) and women's share per mission against the United Nations'
 * target. An instance is handed to the template, which calls it for each row.
 */
public final class Charts {

    /**
     * The UN Department of Peace Operations' 2028 target for women among individual
     * police officers (Uniformed Gender Parity Strategy 2018-2028): the line the women's
     * share chart is read against.
     */
    public static final int UN_TARGET_PERCENT = 30;

    static final int BAR_WIDTH = 240;

    static final int BAR_HEIGHT = 12;

    /** The target line stands out above and below the bar. */
    static final int MARGIN = 2;

    Charts() {
    }

    /**
     * A mission's people as a bar scaled to the largest mission: women first, then
     * everyone else.
     */
    public String personnel(int personnel, int women, int largest) {
        Svg svg = Svg.of(BAR_WIDTH, BAR_HEIGHT);
        if (largest > 0) {
            double perPerson = (double) BAR_WIDTH / largest;
            svg.rect(0, 0, women * perPerson, BAR_HEIGHT, Svg.WOMEN)
                .rect(women * perPerson, 0, (personnel - women) * perPerson, BAR_HEIGHT, Svg.OTHERS);
        }
        return svg.toString();
    }

    /**
     * Women's share of a head count as a full-width bar, with a line at the UN target.
     */
    public String womenShare(int personnel, int women) {
        Svg svg = Svg.of(BAR_WIDTH, BAR_HEIGHT + 2 * MARGIN);
        if (personnel > 0) {
            double share = (double) BAR_WIDTH * women / personnel;
            svg.rect(0, MARGIN, share, BAR_HEIGHT, Svg.WOMEN)
                .rect(share, MARGIN, BAR_WIDTH - share, BAR_HEIGHT, Svg.OTHERS);
        }
        double target = BAR_WIDTH * UN_TARGET_PERCENT / 100.0;
        return svg.line(target, 0, target, BAR_HEIGHT + 2 * MARGIN, Svg.TARGET, 3).toString();
    }

    /** A small square of a chart's colour, for the legend. */
    public String key(String which) {
        String colour = switch (which) {
            case "women" -> Svg.WOMEN;
            case "target" -> Svg.TARGET;
            default -> Svg.OTHERS;
        };
        return Svg.of(BAR_HEIGHT, BAR_HEIGHT).rect(0, 0, BAR_HEIGHT, BAR_HEIGHT, colour).toString();
    }

}
