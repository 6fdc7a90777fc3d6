// Who signed the 2018 declaration, and who carries Weesp's commitment today?
import { signatoriesOn, successorOf } from "@mra-circulair/reference";

const onSigningDay = signatoriesOn("2018-06-20");
const municipalities = onSigningDay.filter((s) => s.organisation.kind === "gemeente");
console.log(`${municipalities.length} gemeenten signed on 2018-06-20`);
console.log(`Weesp is continued by ${successorOf("Weesp")?.name}`);
