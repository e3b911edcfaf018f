#!/usr/bin/env python3
"""PyTorch yardstick for nnlab's network3-conv2 (Nielsen's network3.py, chapter 6):

  conv 20@5x5 -> max-pool 2 -> sigmoid, conv 40@5x5 -> max-pool 2 -> sigmoid,
  FC 100 sigmoid, softmax 10, negative log-likelihood, plain SGD (eta 0.1), mini-batch 10,
  float32, one thread (torch.set_num_threads(1)), on the first --train-size MNIST images.
  Initialised as nnlab's bench net is: weights N(0, 1/fan_in) (lecun-normal), biases N(0, 1).
  PyTorch's default init (uniform, +-1/sqrt(fan_in), small biases) leaves this sigmoid net at
  chance level through the first epochs of 10,000 images, so the two would not train alike.

Prints one line per epoch in the format `nnlab bench` parses, the one nielsen_numpy.py prints:
  Epoch k: correct / 10000   train Ws (cpu Cs)  eval Es
where C is the process CPU time of the epoch's shuffle and mini-batches (evaluation excluded).
Reads the four MNIST IDX files, plain or .gz, from --data-dir.
"""
import argparse
import gzip
import os
import random
import struct
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F


def read_idx(directory, stem):
    for name in (stem, stem + ".gz"):
        path = os.path.join(directory, name)
        if os.path.exists(path):
            opener = gzip.open if name.endswith(".gz") else open
            with opener(path, "rb") as f:
                data = f.read()
            dims = data[3]
            shape = struct.unpack(">" + "I" * dims, data[4:4 + 4 * dims])
            return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)
    raise SystemExit("no %s(.gz) in %s" % (stem, directory))


class Network3Conv2(nn.Module):
    """Nielsen's ConvPoolLayer order: convolve, max-pool, then sigmoid (pooled + bias)."""

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 20, 5)
        self.conv2 = nn.Conv2d(20, 40, 5)
        self.fc = nn.Linear(40 * 4 * 4, 100)
        self.out = nn.Linear(100, 10)
        for layer in (self.conv1, self.conv2, self.fc, self.out):
            fan_in = layer.weight[0].numel()
            nn.init.normal_(layer.weight, 0.0, fan_in ** -0.5)
            nn.init.normal_(layer.bias, 0.0, 1.0)

    def forward(self, x):
        x = torch.sigmoid(F.max_pool2d(self.conv1(x), 2))
        x = torch.sigmoid(F.max_pool2d(self.conv2(x), 2))
        x = torch.sigmoid(self.fc(x.flatten(1)))
        return F.log_softmax(self.out(x), dim=1)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--train-size", type=int, default=50000)
    parser.add_argument("--mini-batch", type=int, default=10)
    parser.add_argument("--eta", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    torch.set_num_threads(1)
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    images = read_idx(args.data_dir, "train-images-idx3-ubyte")[: args.train_size]
    labels = read_idx(args.data_dir, "train-labels-idx1-ubyte")[: args.train_size]
    test_images = read_idx(args.data_dir, "t10k-images-idx3-ubyte")
    test_labels = read_idx(args.data_dir, "t10k-labels-idx1-ubyte")
    x = torch.from_numpy(images.astype(np.float32) / 255.0).unsqueeze(1)
    y = torch.from_numpy(labels.astype(np.int64))
    tx = torch.from_numpy(test_images.astype(np.float32) / 255.0).unsqueeze(1)
    ty = torch.from_numpy(test_labels.astype(np.int64))

    net = Network3Conv2()
    optimizer = torch.optim.SGD(net.parameters(), lr=args.eta)
    order = list(range(len(x)))
    print("pytorch %s, network3-conv2, float32, 1 thread, eta %s, mini-batch %d, train %d"
          % (torch.__version__, args.eta, args.mini_batch, len(x)), flush=True)
    for epoch in range(args.epochs):
        wall, cpu = time.perf_counter(), time.process_time()
        net.train()
        random.shuffle(order)
        for start in range(0, len(order), args.mini_batch):
            batch = order[start:start + args.mini_batch]
            optimizer.zero_grad()
            loss = F.nll_loss(net(x[batch]), y[batch])
            loss.backward()
            optimizer.step()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        evaluated = time.perf_counter()
        net.eval()
        with torch.no_grad():
            correct = int((net(tx).argmax(1) == ty).sum())
        print("Epoch %d: %d / %d   train %.3fs (cpu %.3fs)  eval %.3fs"
              % (epoch, correct, len(ty), wall, cpu, time.perf_counter() - evaluated), flush=True)


if __name__ == "__main__":
    main()
