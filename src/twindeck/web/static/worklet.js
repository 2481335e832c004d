// Copies raw microphone samples to the page, 128 frames at a time, untouched.
class Tap extends AudioWorkletProcessor {
  process(inputs) {
    const input = inputs[0];
    if (input && input.length) {
      this.port.postMessage(input.map((channel) => channel.slice(0)));
    }
    return true;
  }
}
registerProcessor("twindeck-tap", Tap);
