/**
 * One row per client convention: the fixture body, the officer's new text, and every quoted
 * message with its headers, nearest first.
 */
import type { Person } from "../../../src/core/draft";
import { parseQuotedHistory } from "../../../src/core/quoted";
import type { QuotedMessage } from "../../../src/core/quoted";
import { PEOPLE, readBody } from "./fixture-bodies";

const jane = (name = "Doe, Jane"): Person => ({ name, address: PEOPLE.jane });
const amir = (name = "Khan, Amir"): Person => ({ name, address: PEOPLE.amir });
const priya = (name = "Patel, Priya"): Person => ({ name, address: PEOPLE.priya });
const tom = (name = "Tom Baker"): Person => ({ name, address: PEOPLE.tom });

type Expected = Omit<QuotedMessage, "depth">;

const message = (parts: Partial<Expected> & Pick<Expected, "style">): Expected => ({
  from: [],
  to: [],
  cc: [],
  kind: "reply",
  ...parts,
});

interface Row {
  fixture: string;
  newText: string;
  messages: Expected[];
}

const rows: Row[] = [
  {
    fixture: "outlook-desktop-reply-from-member.html",
    newText:
      "Dear Cllr Doe,\nThank you for reporting the fly-tipping behind the Frimley Green recreation ground. Our contractor will clear it by Friday 20 November, and the enforcement team will review the CCTV from Guildford Road.\nKind regards,\nPriya Patel\nEnvironmental Health Officer | Surrey Heath Borough Council\nSurrey Heath House, Knoll Road, Camberley GU15 3HD",
    messages: [
      message({
        style: "outlook-desktop",
        from: [jane()],
        sent: "12 November 2026 09:14",
        to: [priya()],
        cc: [amir(), tom("Baker, Tom")],
        subject: "Fly-tipping behind Frimley Green recreation ground",
      }),
    ],
  },
  {
    fixture: "outlook-desktop-forward-chain-3.html",
    newText:
      "Hi Amir,\nForwarding the thread about the Mytchett Road closure so you have the background before Cabinet.\nPriya",
    messages: [
      message({
        style: "outlook-desktop",
        from: [jane("Doe, Jane (Cllr)")],
        sent: "Friday, November 13, 2026 4:40 PM",
        to: [priya()],
        subject: "RE: FW: Road closure on Mytchett Road",
      }),
      message({
        style: "outlook-desktop",
        from: [priya()],
        sent: "Thursday, November 12, 2026 11:05 AM",
        to: [jane("Doe, Jane (Cllr)")],
        cc: [amir("Khan, Amir (Cllr)")],
        subject: "FW: Road closure on Mytchett Road",
      }),
      // The message above it is "FW:", so this one was forwarded.
      message({
        style: "outlook-desktop",
        kind: "forward",
        from: [tom()],
        sent: "Wednesday, November 11, 2026 7:12 PM",
        to: [priya()],
        subject: "Road closure on Mytchett Road",
      }),
    ],
  },
  {
    fixture: "outlook-desktop-reply-mailto-2010.html",
    newText: "Cllr Khan,\nThe figures for the Heatherside play area are attached.\nPriya",
    messages: [
      message({
        style: "outlook-desktop",
        from: [amir("Cllr Amir Khan")],
        sent: "02 March 2026 17:31",
        to: [{ name: "Patel, Priya" }],
        cc: [{ name: "Doe, Jane" }, { name: "Baker, Tom" }],
        subject: "Heatherside play area budget",
      }),
    ],
  },
  {
    fixture: "outlook-desktop-reply-hr-2003.html",
    newText:
      "Dear Mr Baker,\nThank you. I have asked the highways team to inspect the potholes on Old Dean Road this week.\nPriya Patel",
    messages: [
      message({
        style: "outlook-desktop",
        from: [tom()],
        sent: "08 November 2026 19:45",
        to: [{ name: "Priya Patel" }],
        cc: [{ name: "Cllr Jane Doe" }],
        subject: "Potholes on Old Dean Road",
      }),
    ],
  },
  {
    fixture: "outlook-web-reply.html",
    newText:
      "Dear Cllr Khan,\n\nThe ward budget for Mytchett & Deepcut has £4,200 left this year. I have set out the commitments in the attached sheet.\n\nPriya Patel\nFinance Business Partner, Surrey Heath Borough Council",
    messages: [
      message({
        style: "outlook-web",
        from: [amir()],
        sent: "Friday, November 13, 2026 4:40 PM",
        to: [priya()],
        cc: [jane()],
        subject: "Mytchett & Deepcut ward budget",
      }),
    ],
  },
  {
    fixture: "outlook-web-forward-chain-3.html",
    newText: "Jane – forwarding the thread below on the Lightwater car park, as promised.\nPriya",
    messages: [
      message({
        style: "outlook-web",
        from: [amir()],
        sent: "Tuesday, November 10, 2026 9:30 AM",
        to: [priya()],
        subject: "RE: Lightwater car park charges",
      }),
      message({
        style: "outlook-web",
        from: [priya()],
        sent: "Monday, November 9, 2026 5:02 PM",
        to: [amir()],
        subject: "RE: Lightwater car park charges",
      }),
      message({
        style: "outlook-web",
        from: [amir()],
        sent: "Monday, November 9, 2026 11:15 AM",
        to: [priya()],
        cc: [jane(), tom("Baker, Tom")],
        subject: "Lightwater car park charges",
      }),
    ],
  },
  {
    fixture: "outlook-mac-reply.html",
    newText:
      "Hi Tom,\nYour bins in Frimley Green will be collected on Saturday instead of Friday next week because of the bank holiday.\nPriya",
    messages: [
      message({
        style: "outlook-mac",
        from: [tom()],
        sent: "Monday, 9 November 2026 at 10:02",
        to: [priya()],
        cc: [jane()],
        subject: "Bin collections in Frimley Green",
      }),
    ],
  },
  {
    fixture: "outlook-mac-olk-reply.html",
    newText:
      "Cllr Doe,\n\nThe planning committee will consider the Deepcut Bridge Road application on 3 December.\n\nPriya",
    messages: [
      message({
        style: "outlook-mac",
        from: [jane()],
        sent: "Wednesday, 25 November 2026 08:12",
        to: [priya("Priya Patel")],
        subject: "Deepcut Bridge Road planning application",
      }),
    ],
  },
  {
    fixture: "outlook-text-reply.txt",
    newText:
      "Dear Cllr Doe,\n\nThank you for your email. The street lights on Guildford Road, Frimley Green were\nrepaired on 14 November.\n\nKind regards,\nPriya Patel\nHighways Liaison Officer\nSurrey Heath Borough Council",
    messages: [
      message({
        style: "outlook-text",
        from: [jane()],
        sent: "12 November 2026 09:14",
        to: [priya()],
        cc: [amir(), tom()],
        subject: "Street lights out on Guildford Road",
      }),
    ],
  },
  {
    fixture: "outlook-web-text-reply.txt",
    newText:
      "Hi Tom,\n\nThe consultation on the Camberley town centre car parks closes on 30 November.\n\nPriya Patel\nSurrey Heath Borough Council",
    messages: [
      message({
        style: "outlook-text",
        from: [tom()],
        sent: "Monday, November 9, 2026 10:02 AM",
        to: [priya()],
        cc: [jane()],
        subject: "Car park consultation",
      }),
    ],
  },
  {
    fixture: "outlook-text-chain-3.txt",
    newText:
      "Amir,\n\nFor information, the thread with Cllr Doe about the Bisley village hall lease is below.\n\nPriya",
    messages: [
      message({
        style: "outlook-text",
        from: [jane()],
        sent: "11 November 2026 14:03",
        to: [priya()],
        subject: "RE: Bisley village hall lease",
      }),
      message({
        style: "outlook-text",
        from: [priya()],
        sent: "10 November 2026 16:20",
        to: [jane()],
        subject: "RE: Bisley village hall lease",
      }),
      message({
        style: "outlook-text",
        from: [jane()],
        sent: "10 November 2026 09:45",
        to: [priya()],
        cc: [tom("Baker, Tom")],
        subject: "Bisley village hall lease",
      }),
    ],
  },
  {
    fixture: "gmail-reply.html",
    newText:
      "Dear Mr Baker,\n\nThank you for letting us know. The grass verges on Frimley Green Road are on the schedule for next Tuesday.\n\nKind regards,\nPriya\n\n--\nPriya Patel\nGrounds Maintenance, Surrey Heath Borough Council",
    messages: [message({ style: "gmail", from: [tom()], sent: "Mon, 9 Nov 2026 at 10:02" })],
  },
  {
    fixture: "gmail-forward.html",
    newText:
      "Amir, for information - Cllr Doe's note about parking on Mytchett Road is below.\n\nPriya",
    messages: [
      message({
        style: "gmail",
        kind: "forward",
        from: [jane("Jane Doe")],
        sent: "Mon, 9 Nov 2026 at 10:02",
        subject: "Parking on Mytchett Road",
        to: [priya("Priya Patel")],
        cc: [tom()],
      }),
    ],
  },
  {
    fixture: "gmail-reply-nested-3.html",
    newText: "Jane, Tom – the footpath at Deepcut will reopen on Monday.\n\nPriya",
    messages: [
      message({ style: "gmail", from: [jane("Jane Doe")], sent: "Wed, 11 Nov 2026 at 08:30" }),
      message({ style: "gmail", from: [priya("Priya Patel")], sent: "Tue, 10 Nov 2026 at 17:15" }),
      message({ style: "gmail", from: [tom()], sent: "Tue, 10 Nov 2026 at 09:05" }),
    ],
  },
  {
    fixture: "apple-mail-reply.html",
    newText:
      "Dear Cllr Doe,\n\nThe tree preservation order for the oak on Frimley High Street was confirmed on 2 November.\n\nPriya",
    messages: [
      message({ style: "apple-mail", from: [jane("Jane Doe")], sent: "9 Nov 2026, at 10:02" }),
    ],
  },
  {
    fixture: "apple-mail-forward.html",
    newText: "Amir, please see below from a resident in Frimley Green.\n\nPriya",
    messages: [
      message({
        style: "apple-mail",
        kind: "forward",
        from: [tom()],
        subject: "Noise from the Frimley Green bypass",
        sent: "9 November 2026 at 10:02:15 GMT",
        to: [jane("Jane Doe")],
        cc: [priya("Priya Patel")],
      }),
    ],
  },
  {
    fixture: "thunderbird-reply.html",
    newText:
      "Dear Mr Baker,\nThe bulky waste collection for your address in Frimley Green is booked for 18 November.\nPriya Patel\nWaste Services, Surrey Heath Borough Council",
    messages: [
      message({ style: "thunderbird", from: [{ name: "Tom Baker" }], sent: "09/11/2026 10:02" }),
    ],
  },
  {
    fixture: "thunderbird-forward.html",
    newText:
      "Jane, forwarding Mr Baker's note about the street lights in Frimley Green as discussed.\nPriya",
    messages: [
      message({
        style: "thunderbird",
        kind: "forward",
        subject: "Street lights out on Guildford Road",
        sent: "Mon, 9 Nov 2026 10:02:15 +0000",
        from: [tom()],
        to: [{ address: PEOPLE.priya }],
      }),
    ],
  },
  {
    fixture: "plain-text-reply-nested.txt",
    newText: "Thanks Tom, I have passed this to the highways team for Mytchett & Deepcut.\n\nPriya",
    messages: [
      message({ style: "attribution-line", from: [tom()], sent: "Tue, 10 Nov 2026 at 14:20" }),
      // This attribution was wrapped onto two lines.
      message({
        style: "attribution-line",
        from: [priya("Priya Patel")],
        sent: "Mon, 9 Nov 2026 at 10:02",
      }),
      message({ style: "attribution-line", from: [tom()], sent: "Sun, 8 Nov 2026 at 19:45" }),
    ],
  },
  {
    fixture: "outlook-desktop-new-message.html",
    newText:
      "Dear Cllr Doe,\nFollowing the public meeting in Frimley Green, here is the timetable:\nFrom: 1 December (consultation opens)\nTo: 15 January (consultation closes)\nSubject: the Frimley Green conservation area appraisal\nAs one resident wrote:\n“the green is the heart of the village”.\nKind regards,\nPriya Patel\nPlanning Policy | Surrey Heath Borough Council",
    messages: [],
  },
  {
    fixture: "plain-text-new-message.txt",
    newText: readBody("plain-text-new-message.txt").content.trim(),
    messages: [],
  },
];

describe.each(rows)("$fixture", ({ fixture, newText, messages }) => {
  const body = readBody(fixture);
  const history = parseQuotedHistory(body);

  test("finds the officer's new text", () => {
    expect(history.newText).toBe(newText);
  });

  test("lists every quoted message, nearest first", () => {
    expect(history.messages).toEqual(messages.map((m, depth) => ({ ...m, depth })));
  });

  test("splits where the quoted history starts", () => {
    if (messages.length === 0) {
      expect(history.splitOffset).toBeUndefined();
      return;
    }
    expect(history.splitOffset).toBeGreaterThan(0);
    // Everything before the split is the officer's text, and none of the history.
    const before = parseQuotedHistory({
      ...body,
      content: body.content.slice(0, history.splitOffset),
    });
    expect(before.newText).toBe(newText);
    expect(before.messages).toEqual([]);
  });

  test("text covers the whole body, quoted history included", () => {
    if (body.type === "text") {
      expect(history.text).toBe(body.content);
      return;
    }
    expect(history.text.startsWith(newText)).toBe(true);
    for (const m of messages) {
      if (m.subject) expect(history.text).toContain(m.subject);
    }
  });
});
