// Expands card templates with the official Adaptive Cards templating engine and checks each
// expanded card with the official renderer's parser. Reads [{name, template, data}] as JSON on
// stdin, writes [{name, expanded, errors}] as JSON on stdout. Used by PlanBot's card tests.
const { Template } = require("adaptivecards-templating");
const AC = require("adaptivecards/dist/adaptivecards.js");

let input = "";
process.stdin.on("data", (c) => (input += c));
process.stdin.on("end", () => {
  const cases = JSON.parse(input);
  const results = cases.map(({ name, template, data }) => {
    const errors = [];
    let expanded = null;
    try {
      expanded = new Template(template).expand({ $root: data });
    } catch (e) {
      errors.push("templating: " + e.message);
    }
    if (expanded) {
      const context = new AC.SerializationContext();
      const card = new AC.AdaptiveCard();
      card.parse(expanded, context);
      for (let i = 0; i < context.eventCount; i++) {
        const ev = context.getEventAt(i);
        errors.push(`parse: ${AC.ValidationEvent[ev.event]} (${AC.ValidationPhase[ev.phase]}): ${ev.message}`);
      }
      const validation = card.validateProperties();
      for (const ev of validation.validationEvents) {
        errors.push(`validate: ${AC.ValidationEvent[ev.event]}: ${ev.message}`);
      }
    }
    return { name, expanded, errors };
  });
  process.stdout.write(JSON.stringify(results));
});
