package org.redress.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AutoRepliesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", delimiter = '|', textBlock = """
            a person's email                          | -           | -    | -    | -         | jo@example.com          | Bins not collected        | text/plain                       | -
            a person saying auto-submitted no         | no          | -    | -    | -         | jo@example.com          | Bins not collected        | text/plain                       | -
            an auto-replied email                     | auto-replied| -    | -    | -         | jo@example.com          | Bins not collected        | text/plain                       | auto_submitted
            an X-Autoreply header                     | -           | yes  | -    | -         | jo@example.com          | Re: FB0000001             | text/plain                       | autoreply
            an X-Autorespond header                   | -           | -    | yes  | -         | jo@example.com          | Re: FB0000001             | text/plain                       | autoreply
            bulk mail                                 | -           | -    | -    | bulk      | news@example.com        | Our newsletter            | text/plain                       | bulk
            an auto_reply precedence                  | -           | -    | -    | auto_reply| jo@example.com          | Thanks                    | text/plain                       | bulk
            junk                                      | -           | -    | -    | junk      | jo@example.com          | Offer                     | text/plain                       | bulk
            an out-of-office subject                  | -           | -    | -    | -         | jo@example.com          | Out of Office: Re: FB1    | text/plain                       | out_of_office
            an automatic reply subject                | -           | -    | -    | -         | jo@example.com          | Automatic reply: Your case| text/plain                       | out_of_office
            a bounce from the mailer daemon           | -           | -    | -    | -         | MAILER-DAEMON@mx.example| Undelivered Mail          | text/plain                       | bounce
            a delivery status report                  | -           | -    | -    | -         | postmaster@mx.example   | Delivery failure          | multipart/report; report-type=x  | bounce
            a person complaining about being away     | -           | -    | -    | -         | jo@example.com          | Bins missed while I was out of office | text/plain               | -
            """)
    void recognisesAutomaticEmail(String what, String autoSubmitted, String xAutoreply, String xAutorespond,
            String precedence, String from, String subject, String contentType, String kind) {
        assertThat(AutoReplies.kind(new AutoReplies.Signs(autoSubmitted, xAutoreply, xAutorespond, precedence, from,
                subject, contentType))).isEqualTo(kind);
    }
}
