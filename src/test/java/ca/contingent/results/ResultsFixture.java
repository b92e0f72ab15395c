package ca.contingent.results;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import ca.contingent.TestRecords;
import ca.contingent.imports.ImportKind;
import ca.contingent.imports.ImportScope;
import ca.contingent.imports.ImportService;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small program of its own in fiscal year 2061-62, far from every other test's records:
 * mission T-RS1 with its component T-RS1-C, and T-RS2; four people (three counting, one
 * only planned); activities inside and just outside the year; a logic model with targets
 * for the program and for each mission. Written through the import code, inside the
 * calling test's transaction.
 * <p>
 * What the records add up to in 2061-62, by the counting rules: people P1 (F, in T-RS1
 * and then in T-RS1-C), P2 (F, leadership, T-RS1-C) and P3 (M, T-RS1) count; P4's
 * deployment to T-RS2 is only planned. Training sessions: 3 in T-RS1 (Workshop), 2
 * (Workshop) and 1 (Patrol) in T-RS1-C; 4 mentoring sessions in T-RS2 with no
 * participants recorded; 9 more training sessions on 2062-04-02, in the next year.
 */
final class ResultsFixture {

    static final String YEAR = "2061-62";

    private final JdbcClient jdbc;

    private final ImportService imports;

    ResultsFixture(JdbcClient jdbc, ImportService imports) {
        this.jdbc = jdbc;
        this.imports = imports;
    }

    ResultsFixture records() {
        new TestRecords(this.jdbc).agency("T-RSA")
            .mission("T-RS1", null)
            .mission("T-RS1-C", "T-RS1")
            .mission("T-RS2", null)
            .person("T-RSP1", "Rsalpha", "Anne", "F", "POLICE", "T-RSA", "en")
            .person("T-RSP2", "Rsbeta", "Béatrice", "F", "POLICE", "T-RSA", "fr")
            .person("T-RSP3", "Rsgamma", "Gaston", "M", "POLICE", "T-RSA", "fr")
            .person("T-RSP4", "Rsdelta", "Denise", "F", "CIVILIAN", "T-RSA", "en")
            .deployment("T-RSD1", "T-RSP1", "T-RS1", "SHORT", "2061-05-01", "2061-08-31", "COMPLETED")
            .deployment("T-RSD2", "T-RSP1", "T-RS1-C", "SHORT", "2061-10-01", "2061-12-31", "COMPLETED")
            .deployment("T-RSD3", "T-RSP2", "T-RS1-C", "LONG", "2061-06-01", "2062-02-28", "DEPLOYED")
            .deployment("T-RSD4", "T-RSP3", "T-RS1", "LONG", "2061-04-01", "2061-09-30", "DEPLOYED")
            .deployment("T-RSD5", "T-RSP4", "T-RS2", "SHORT", "2061-05-01", "2061-07-31", "PLANNED");
        this.jdbc.sql("update deployment set leadership = true where external_id = 'T-RSD3'").update();
        load(ImportKind.ACTIVITIES, """
                external_id,mission_code,date,category,type,sessions,participants,participants_women
                T-RSA1,T-RS1,2061-05-10,TRAINING,Workshop,3,10,3
                T-RSA2,T-RS1-C,2061-06-10,TRAINING,Workshop,2,20,5
                T-RSA3,T-RS1-C,2061-07-10,TRAINING,Patrol,1,5,0
                T-RSA4,T-RS2,2061-08-10,MENTORING,Chiefs,4,,
                T-RSA5,T-RS1,2062-04-02,TRAINING,Workshop,9,90,90
                """);
        return this;
    }

    ResultsFixture logicModel() {
        load(ImportKind.OUTCOMES, """
                code,name_en,name_fr,level,parent_code
                T-RS-M,Immediate test outcome,Résultat immédiat d’essai,IMMEDIATE,T-RS-I
                T-RS-I,Intermediate test outcome,Résultat intermédiaire d’essai,INTERMEDIATE,T-RS-U
                T-RS-U,Ultimate test outcome,Résultat final d’essai,ULTIMATE,
                """);
        load(ImportKind.INDICATORS,
                """
                        code,name_en,name_fr,outcome_code,numerator,denominator,unit
                        T-RS-SESS,Training sessions,Séances de formation,T-RS-M,SESSIONS:TRAINING,,COUNT
                        T-RS-WORK,Workshop sessions,Séances d’atelier,T-RS-M,SESSIONS:TRAINING:Workshop,,COUNT
                        T-RS-WTR,Women among trainees,Femmes parmi les personnes formées,T-RS-M,PARTICIPANTS_WOMEN:TRAINING,PARTICIPANTS:TRAINING,PERCENT
                        T-RS-WMEN,Women among mentees,Femmes parmi les personnes encadrées,T-RS-M,PARTICIPANTS_WOMEN:MENTORING,PARTICIPANTS:MENTORING,PERCENT
                        T-RS-WDEP,Women among people deployed,Femmes parmi les personnes déployées,T-RS-I,WOMEN,PERSONNEL,PERCENT
                        T-RS-LEAD,Women leaders,Femmes cheffes,T-RS-I,WOMEN_IN_LEADERSHIP,,COUNT
                        T-RS-ALL,All sessions,Toutes les séances,T-RS-I,SESSIONS,,COUNT
                        """);
        load(ImportKind.TARGETS, """
                indicator_code,mission_code,fiscal_year,baseline,target
                T-RS-SESS,,2061-62,,8
                T-RS-WORK,,2061-62,2,8
                T-RS-WTR,,2061-62,,30
                T-RS-WMEN,,2061-62,,10
                T-RS-WDEP,,2061-62,40.5,50
                T-RS-LEAD,,2061-62,,0
                T-RS-ALL,,2061-62,,10
                T-RS-SESS,T-RS1,2061-62,,6
                T-RS-WDEP,T-RS1,2061-62,,60
                T-RS-LEAD,T-RS1,2061-62,,2
                T-RS-SESS,T-RS1-C,2061-62,,4
                T-RS-WDEP,T-RS1-C,2061-62,,100
                T-RS-SESS,T-RS2,2061-62,,1
                T-RS-WDEP,T-RS2,2061-62,,50
                T-RS-SESS,,2062-63,,99
                """);
        return this;
    }

    void load(ImportKind kind, String csv) {
        this.imports.importCsv(kind, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), false,
                ImportScope.everything());
    }

}
