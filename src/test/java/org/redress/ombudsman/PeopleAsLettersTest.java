package org.redress.ombudsman;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decision summaries name people by a letter: what is found, and what the rewrite makes of it. */
class PeopleAsLettersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # summary                                              | people on the case        | found (; separated)          | rewritten
            Mrs Jane Smith complains about the council.            | Jane Smith                | Mrs Jane Smith               | Mrs X complains about the council.
            Jane Smith says the council delayed.                   | Jane Smith                | Jane Smith                   | X says the council delayed.
            The council did not reply to Mrs Smith.                | Jane Smith                | Mrs Smith                    | The council did not reply to Mrs X.
            mrs jane   smith wrote twice.                          | Jane Smith                | mrs jane   smith             | mrs X wrote twice.
            Mrs J.S. complains; JS was not told.                   | Jane Smith                | Mrs J.S.;JS                  | Mrs X complains; X was not told.
            Mr J S complains.                                      | Jane Smith                | Mr J S                       | Mr X complains.
            Mrs B complains about Smith Street.                    | Jane Smith                |                              | Mrs B complains about Smith Street.
            Mr C. The council apologised.                          |                           |                              | Mr C. The council apologised.
            Mr JT and Mrs A.B. complain.                           |                           | Mr JT;Mrs A.B.               | Mr JT and Mrs A.B. complain.
            Mr Xavier Young and Mrs Young complain.                | Xavier Young;Ann Young    | Mr Xavier Young;Mrs Young    | Mr Z and Mrs Z complain.
            Mr Adam Brown-Jones and Mr Brown complain.             | Adam Brown-Jones;Bob Brown| Mr Adam Brown-Jones;Mr Brown | Mr X and Mr Y complain.
            Ms Zoë Ōkafor wrote; so did ms ōkafor.                 | Zoë Ōkafor                | Ms Zoë Ōkafor;ms ōkafor      | Ms X wrote; so did ms X.
            Mrs Jane Smithson complains.                           | Jane Smith                |                              | Mrs Jane Smithson complains.
            No names here.                                         | Mr Jane Smith             |                              | No names here.
            """)
    void findsAndRewritesPeople(String summary, String people, String found, String rewritten) {
        List<String> names = people == null ? List.of() : Arrays.stream(people.split(";")).map(String::strip).toList();
        List<String> expected = found == null ? List.of() : Arrays.stream(found.split(";")).map(String::strip).toList();

        assertThat(PeopleAsLetters.find(summary, names)).extracting(PeopleAsLetters.Finding::text)
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(PeopleAsLetters.rewrite(summary, names)).isEqualTo(rewritten);
    }
}
